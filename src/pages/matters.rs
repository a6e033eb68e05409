//! `/matters`: the person rates what matters to them, then sees, option by option, which of the things they rated
//! highly it tends to help with or make harder. No score, no ranking, no "best match".

use crate::components::choice::{choice_group, on_pick, Choice};
use crate::components::glance::other_names;
use crate::components::{rich_text, AppLink};
use crate::content::{Bundle, Effect, Statement};
use crate::routes::Route;
use crate::session::{Action, Session, MATTERS_MOST};
use yew::prelude::*;

pub fn matters_page(bundle: &'static Bundle, session: &Session) -> Html {
    let content = &bundle.matters;
    let session = session.clone();

    let important: Vec<&Statement> =
        content.statement.iter().filter(|s| session.matters.get(&s.id).is_some_and(|v| *v >= MATTERS_MOST)).collect();

    html! {
        <>
            <h1>{ &content.title }</h1>
            { rich_text(bundle, &content.lead, "lead") }
            <ol class="statements">
                { for content.statement.iter().map(|statement| {
                    let current = session.matters.get(&statement.id).copied();
                    let choices: Vec<Choice> = statement
                        .choices(&content.scale)
                        .into_iter()
                        .map(|(level, label)| Choice { value: level.to_string(), label: label.clone() })
                        .collect();
                    let onpick =
                        on_pick(&session, &statement.id, |id, level| Some(Action::SetMatter(id, level.parse().ok()?)));
                    html! {
                        <li>
                            { choice_group(format!("m-{}", statement.id), html! { &statement.text }, &choices,
                                           current.map(|v| v.to_string()), onpick, Classes::new(), None) }
                        </li>
                    }
                }) }
            </ol>

            <section class="relate" aria-labelledby="relate">
                <h2 id="relate">{ &content.relate_heading }</h2>
                { rich_text(bundle, &content.relate_intro, "") }
                if important.is_empty() {
                    <p class="callout" role="status">{ &content.relate_none }</p>
                } else {
                    <div class="relate-options">
                        { for bundle.options.iter().map(|option| {
                            let with = |effect: Effect| -> Vec<(String, String)> {
                                important.iter().filter_map(|s| {
                                    let r = s.relations.get(&option.id)?;
                                    (r.effect == effect).then(|| (s.text.clone(), r.reason.clone()))
                                }).collect()
                            };
                            let groups = [
                                (&content.supports_label, with(Effect::Supports), "relate__supports"),
                                (&content.against_label, with(Effect::Against), "relate__against"),
                                (&content.depends_label, with(Effect::Depends), "relate__depends"),
                            ];
                            html! {
                                <section class="card relate-option" aria-labelledby={format!("relate-{}", option.id)}>
                                    <h3 id={format!("relate-{}", option.id)} class="card__title">
                                        <AppLink to={Route::Option { id: option.id.clone() }}>{ &option.name }</AppLink>
                                    </h3>
                                    { other_names(bundle, option) }
                                    { for groups.into_iter().filter(|(_, items, _)| !items.is_empty()).map(|(label, items, class)| html! {
                                        <div class={classes!("relate__group", class)}>
                                            <h4>{ label }</h4>
                                            <ul>
                                                { for items.into_iter().map(|(text, reason)| html! {
                                                    <li><strong>{ text }</strong>{ ": " }{ reason }</li>
                                                }) }
                                            </ul>
                                        </div>
                                    }) }
                                </section>
                            }
                        }) }
                    </div>
                }
            </section>
        </>
    }
}
