//! `/sure`: the four SURE questions (Légaré et al. 2010), yes or no. Three or fewer "yes" answers bring gentle
//! ideas for what might help; four affirm the choice.

use crate::components::RichText;
use crate::i18n::use_bundle;
use crate::session::{use_session, Action};
use yew::prelude::*;

#[component]
pub fn SurePage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let content = &bundle.sure;
    let session = use_session();
    let total = session.sure_total(content.item.len());

    html! {
        <>
            <h1>{ &content.title }</h1>
            <RichText text={content.lead.clone()} class="lead" />
            { for content.item.iter().map(|item| {
                let given = session.sure.get(&item.id).copied();
                html! {
                    <fieldset class="choice-group sure-item">
                        <legend>
                            <span class="sure-item__label">{ &item.label }</span>
                            { &item.question }
                        </legend>
                        <div class="choice-group__choices">
                            { for [(true, &ui.sure_yes), (false, &ui.sure_no)].into_iter().map(|(yes, label)| {
                                let id = format!("s-{}-{}", item.id, if yes { "yes" } else { "no" });
                                let onchange = {
                                    let session = session.clone();
                                    let item = item.id.clone();
                                    Callback::from(move |_: Event| session.dispatch(Action::SetSure(item.clone(), yes)))
                                };
                                html! {
                                    <span class="choice">
                                        <input type="radio" id={id.clone()} name={format!("s-{}", item.id)}
                                               checked={given == Some(yes)} {onchange} />
                                        <label for={id}>{ label }</label>
                                    </span>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
            <div class="sure-result" aria-live="polite">
                { match total {
                    None => html! { <p class="muted">{ &ui.sure_answer_all }</p> },
                    Some(yes) if yes == content.item.len() => html! {
                        <div class="callout">
                            <h2>{ &content.all_sure_heading }</h2>
                            <RichText text={content.all_sure_body.clone()} />
                        </div>
                    },
                    Some(_) => {
                        let no_items: Vec<&str> = content.item.iter()
                            .filter(|i| session.sure.get(&i.id) == Some(&false))
                            .map(|i| i.id.as_str())
                            .collect();
                        html! {
                            <div class="callout callout--warm">
                                <h2>{ &content.unsure_heading }</h2>
                                <RichText text={content.unsure_body.clone()} />
                                <ul>
                                    { for content.suggestion.iter()
                                        .filter(|s| s.for_item == "any" || no_items.contains(&s.for_item.as_str()))
                                        .map(|s| html! { <li><RichText text={s.text.clone()} /></li> }) }
                                </ul>
                            </div>
                        }
                    }
                } }
            </div>
            <div class="muted source-note"><RichText text={content.source_note.clone()} /></div>
        </>
    }
}
