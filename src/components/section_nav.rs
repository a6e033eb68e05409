//! "On this page": a list of links to a page's sections.

use crate::components::AppLink;
use crate::i18n::use_bundle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionNavProps {
    /// The app path of the page, e.g. `/safety`.
    pub page_path: AttrValue,
    /// (anchor id, heading) pairs.
    pub sections: Vec<(String, String)>,
}

#[component]
pub fn SectionNav(props: &SectionNavProps) -> Html {
    let ui = &use_bundle().ui;
    html! {
        <nav class="section-nav" aria-labelledby="section-nav-heading">
            <h2 id="section-nav-heading" class="section-nav__heading">{ ui.option_on_this_page() }</h2>
            <ul>
                { for props.sections.iter().map(|(id, heading)| html! {
                    <li><AppLink href={format!("{}#{}", props.page_path, id)}>{ heading.clone() }</AppLink></li>
                }) }
            </ul>
        </nav>
    }
}
