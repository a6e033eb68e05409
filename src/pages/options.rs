//! `/options`: every option, each as an equal card.

use crate::components::glance::other_names;
use crate::components::{rich_text, AppLink};
use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

pub fn options_page(bundle: &Bundle) -> Html {
    let ui = &bundle.ui;
    html! {
        <>
            <h1>{ ui.options_title() }</h1>
            <p class="lead">{ ui.options_lead() }</p>
            // The "Start here" path opens here, with the person's own first question (issue 25): each choice leads
            // straight to its answer, and what matters comes later.
            <nav class="first-question" aria-labelledby="first-question">
                <h2 id="first-question">{ ui.options_first_heading() }</h2>
                { rich_text(bundle, ui.options_first(), "") }
            </nav>
            <ul class="option-cards" id="paths">
                { for bundle.options.iter().map(|option| html! {
                    <li class="card option-card">
                        <h2 class="card__title">
                            <AppLink to={Route::Option { id: option.id.clone() }}>{ &option.name }</AppLink>
                        </h2>
                        { other_names(bundle, option) }
                        <p class="option-card__tagline">{ &option.tagline }</p>
                        { rich_text(bundle, &option.summary, "") }
                        <p class="option-card__more">
                            <AppLink to={Route::Option { id: option.id.clone() }}>
                                { ui.options_read_more().replace("{option}", &option.in_sentence) }
                            </AppLink>
                        </p>
                    </li>
                }) }
            </ul>
            <p class="callout">{ ui.options_combine() }</p>
        </>
    }
}
