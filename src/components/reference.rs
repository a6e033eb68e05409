//! How a reference is shown: its place in the full list on /about, the link to it, and its line (authors, title,
//! where it was published). The inline citation (`rich_text`), a figure's source, an option's sources and the
//! full list all use these.

use crate::components::AppLink;
use crate::content::Reference;
use crate::routes::Route;
use yew::prelude::*;

/// The id of a reference's entry in the full list on /about.
pub fn reference_anchor(key: &str) -> String {
    format!("ref-{key}")
}

/// A link to the reference's entry, named by its short form ("Sordo 2017").
pub fn reference_link(reference: &Reference) -> Html {
    html! { <AppLink to={Route::About} fragment={reference_anchor(&reference.key)}>{ &reference.short }</AppLink> }
}

/// Authors, title and where it was published: "Sordo L, et al. Mortality risk…. <cite>BMJ 2017</cite>."
pub fn reference_line(reference: &Reference) -> Html {
    html! {
        <>
            { &reference.authors }{ " " }
            if let Some(title) = &reference.title { { title.clone() }{ ". " } }
            <cite>{ &reference.published_in }</cite>{ "." }
        </>
    }
}
