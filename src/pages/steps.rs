//! `/steps`: small next steps the person picks, plus their own. Every step is affirmed, with an idea for what
//! could come after it.

use crate::components::choice::{on_toggle, on_value, own_list, OwnTextForm};
use crate::components::rich_text;
use crate::content::Bundle;
use crate::session::{Action, Session};
use yew::prelude::*;

pub fn steps_page(bundle: &'static Bundle, session: &Session) -> Html {
    let ui = &bundle.ui;
    let content = &bundle.steps;
    let add = on_value(session, Action::AddOwnStep);

    html! {
        <>
            <h1>{ &content.title }</h1>
            { rich_text(bundle, &content.lead, "lead") }
            <ul class="check-list steps">
                { for content.step.iter().map(|step| {
                    let chosen = session.steps.contains(&step.id);
                    let id = format!("step-{}", step.id);
                    let onchange = on_toggle(session, &step.id, Action::ToggleStep);
                    html! {
                        <li class={classes!("check-item", "step", chosen.then_some("step--chosen"))}>
                            <input type="checkbox" id={id.clone()} checked={chosen} {onchange} />
                            <div>
                                <label for={id}>{ &step.text }</label>
                                if chosen {
                                    <p class="step__affirm">{ &content.affirm }</p>
                                    <p class="step__next"><strong>{ &content.next_label }</strong>{ " " }{ &step.next }</p>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>

            <h2>{ ui.steps_yours_heading() }</h2>
            { own_list(session, &session.own_steps, Action::RemoveOwnStep, ui.steps_remove(), Some(&content.affirm), "") }
            <OwnTextForm id="own-step" label={content.own_label.clone()} button={ui.steps_add().clone()}
                         hint={AttrValue::from(content.own_hint.clone())} onadd={add} />
        </>
    }
}
