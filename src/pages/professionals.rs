//! `/professionals`: for workers. Common beliefs against the research (both ways), a self-check on one's own
//! leanings, a language guide, and how to use OwnPath in a session without steering.

use crate::components::{rich_text, section_nav};
use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

pub fn professionals_page(bundle: &Bundle) -> Html {
    let ui = &bundle.ui;
    let page = &bundle.pages.professionals;
    let sections = [
        ("beliefs", page.beliefs.heading.as_str()),
        ("self-check", page.self_check.heading.as_str()),
        ("language", page.language.heading.as_str()),
        ("in-session", page.in_session.heading.as_str()),
    ];
    html! {
        <>
            <h1>{ &page.title }</h1>
            { rich_text(bundle, &page.lead, "lead") }
            { section_nav(bundle, &Route::Professionals, sections.into_iter()) }

            <section aria-labelledby="beliefs">
                <h2 id="beliefs">{ &page.beliefs.heading }</h2>
                { rich_text(bundle, &page.beliefs.intro, "") }
                <ul class="belief-list">
                    { for page.beliefs.item.iter().map(|item| html! {
                        <li class="belief" id={item.id.clone()}>
                            <h3 class="belief__belief">
                                <span class="belief__label">{ ui.pro_belief_label() }</span>
                                { format!("“{}”", item.belief.trim()) }
                            </h3>
                            <p class="belief__short"><strong>{ ui.pro_research_label() }</strong>{ " " }{ &item.short_answer }</p>
                            { rich_text(bundle, &item.evidence, "") }
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="self-check">
                <h2 id="self-check">{ &page.self_check.heading }</h2>
                { rich_text(bundle, &page.self_check.intro, "") }
                <ol class="self-check">
                    { for page.self_check.item.iter().map(|item| html! {
                        <li>
                            <p class="self-check__question">{ &item.question }</p>
                            <p class="self-check__why">{ &item.why }</p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="language">
                <h2 id="language">{ &page.language.heading }</h2>
                { rich_text(bundle, &page.language.intro, "") }
                <ul class="language-list">
                    { for page.language.item.iter().map(|item| html! {
                        <li class="language-item">
                            <p>
                                <span class="language-item__avoid">{ ui.pro_instead_of() }{ " " }<s>{ &item.avoid }</s></span>
                                <span class="language-item__use">{ ui.pro_say() }{ " " }<strong>{ &item.use_instead }</strong></span>
                            </p>
                            <p class="language-item__why">{ &item.why }</p>
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="in-session">
                <h2 id="in-session">{ &page.in_session.heading }</h2>
                { rich_text(bundle, &page.in_session.body, "") }
            </section>
        </>
    }
}
