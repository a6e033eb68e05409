//! "On this page": a list of links to a page's sections.

use crate::components::AppLink;
use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

/// Links to a page's sections: `page` is the page, `sections` its (anchor id, heading) pairs.
pub fn section_nav<'a>(bundle: &Bundle, page: &Route, sections: impl Iterator<Item = (&'a str, &'a str)>) -> Html {
    html! {
        <nav class="section-nav" aria-labelledby="section-nav-heading">
            <h2 id="section-nav-heading" class="section-nav__heading">{ bundle.ui.option_on_this_page() }</h2>
            <ul>
                { for sections.map(|(id, heading)| html! {
                    <li><AppLink to={page.clone()} fragment={id.to_string()}>{ heading.to_string() }</AppLink></li>
                }) }
            </ul>
        </nav>
    }
}
