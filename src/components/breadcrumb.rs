//! The trail above a page about one item of a list (an option, a story): back to the list, then the item.

use crate::components::AppLink;
use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

/// "List › item": `parent` is the list's page and name, `current` the item's name.
pub fn breadcrumb(bundle: &Bundle, parent: (Route, &str), current: &str) -> Html {
    let (to, name) = parent;
    html! {
        <nav class="breadcrumb" aria-label={bundle.ui.breadcrumb_label().clone()}>
            <ol>
                <li><AppLink {to}>{ name.to_string() }</AppLink></li>
                <li aria-current="page">{ current.to_string() }</li>
            </ol>
        </nav>
    }
}
