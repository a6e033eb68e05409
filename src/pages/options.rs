//! `/options`: the six options, each as an equal card.

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
            <ul class="option-cards">
                { for bundle.options.iter().map(|option| html! {
                    <li class="card option-card">
                        <h2 class="card__title">
                            <AppLink to={Route::Option { id: option.id.clone() }}>{ &option.name }</AppLink>
                        </h2>
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
