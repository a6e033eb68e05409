//! `/steps`: small next steps the person picks, plus their own. Every step is affirmed, with an idea for what
//! could come after it.

use crate::components::choice::OwnTextForm;
use crate::components::rich_text;
use crate::content::Bundle;
use crate::session::{Action, Session};
use yew::prelude::*;

pub fn steps_page(bundle: &'static Bundle, session: &Session) -> Html {
    let ui = &bundle.ui;
    let content = &bundle.steps;
    let session = session.clone();
    let add = {
        let session = session.clone();
        Callback::from(move |text: String| session.dispatch(Action::AddOwnStep(text)))
    };

    html! {
        <>
            <h1>{ &content.title }</h1>
            { rich_text(bundle, &content.lead, "lead") }
            <ul class="check-list steps">
                { for content.step.iter().map(|step| {
                    let chosen = session.steps.contains(&step.id);
                    let id = format!("step-{}", step.id);
                    let onchange = {
                        let session = session.clone();
                        let step = step.id.clone();
                        Callback::from(move |_: Event| session.dispatch(Action::ToggleStep(step.clone())))
                    };
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
            if !session.own_steps.is_empty() {
                <ul class="own-list">
                    { for session.own_steps.iter().enumerate().map(|(i, text)| {
                        let remove = {
                            let session = session.clone();
                            Callback::from(move |_| session.dispatch(Action::RemoveOwnStep(i)))
                        };
                        html! {
                            // Spaces between the parts, so a screen reader (and a copy) never runs the words together.
                            <li class="own-step">
                                <span class="own-step__text">
                                    { text }{ " " }<span class="step__affirm">{ &content.affirm }</span>
                                </span>
                                { " " }
                                <button type="button" class="link-button own-step__remove" onclick={remove}
                                        aria-label={format!("{} {}", ui.steps_remove(), text)}>{ ui.steps_remove() }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <OwnTextForm id="own-step" label={content.own_label.clone()} button={ui.steps_add().clone()}
                         hint={AttrValue::from(content.own_hint.clone())} onadd={add} />
        </>
    }
}
