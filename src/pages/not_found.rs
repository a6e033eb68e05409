//! Unknown paths: a helpful page with ways back. Nothing the person entered is touched.

use crate::components::AppLink;
use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

/// (Pages that read nothing but the content are plain functions: each component type costs about 1 KB of wasm.)
pub fn not_found(bundle: &Bundle) -> Html {
    not_found_body(bundle, bundle.ui.not_found_title(), bundle.ui.not_found_body())
}

/// Shared by the not-found page and by option or story links whose id is unknown.
pub fn not_found_body(bundle: &Bundle, title: &str, body: &str) -> Html {
    let ui = &bundle.ui;
    html! {
        <>
            <h1>{ title.to_string() }</h1>
            <p class="lead">{ body.to_string() }</p>
            <ul class="link-list">
                <li><AppLink to={Route::Start}>{ ui.not_found_link_start() }</AppLink></li>
                <li><AppLink to={Route::Options}>{ ui.not_found_link_options() }</AppLink></li>
                <li><AppLink to={Route::Safety}>{ ui.nav_safety() }</AppLink></li>
            </ul>
        </>
    }
}
