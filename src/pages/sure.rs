//! `/sure`: the four SURE questions (Légaré et al. 2010), yes or no. Three or fewer "yes" answers bring gentle
//! ideas for what might help; four affirm the choice.

use crate::components::choice::{choice_group, on_pick, Choice};
use crate::components::rich_text;
use crate::content::Bundle;
use crate::session::{Action, Session};
use yew::prelude::*;

pub fn sure_page(bundle: &'static Bundle, session: &Session) -> Html {
    let ui = &bundle.ui;
    let content = &bundle.sure;
    let session = session.clone();
    let total = session.sure_total(content.item.len());
    let yes_no = vec![
        Choice { value: "yes".into(), label: ui.sure_yes().clone() },
        Choice { value: "no".into(), label: ui.sure_no().clone() },
    ];

    html! {
        <>
            <h1>{ &content.title }</h1>
            { rich_text(bundle, &content.lead, "lead") }
            { for content.item.iter().map(|item| {
                let given = session.sure.get(&item.id).copied();
                let onpick = on_pick(&session, &item.id, |id, code| Some(Action::SetSure(id, code == "yes")));
                let legend = html! {
                    <>
                        <span class="sure-item__label">{ &item.label }</span>
                        { &item.question }
                    </>
                };
                html! {
                    { choice_group(format!("s-{}", item.id), legend, &yes_no,
                                   given.map(|yes| if yes { "yes" } else { "no" }.to_string()),
                                   onpick, classes!("sure-item"), None) }
                }
            }) }
            <div class="sure-result" aria-live="polite">
                { match total {
                    None => html! { <p class="muted">{ ui.sure_answer_all() }</p> },
                    Some(yes) if yes == content.item.len() => html! {
                        <div class="callout">
                            <h2>{ &content.all_sure_heading }</h2>
                            { rich_text(bundle, &content.all_sure_body, "") }
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
                                { rich_text(bundle, &content.unsure_body, "") }
                                <ul>
                                    { for content.suggestion.iter()
                                        .filter(|s| s.for_item == "any" || no_items.contains(&s.for_item.as_str()))
                                        .map(|s| html! { <li>{ rich_text(bundle, &s.text, "") }</li> }) }
                                </ul>
                            </div>
                        }
                    }
                } }
            </div>
            <div class="muted source-note">{ rich_text(bundle, &content.source_note, "") }</div>
        </>
    }
}
