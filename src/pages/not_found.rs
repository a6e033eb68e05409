//! Unknown paths: a helpful page with ways back. Nothing the person entered is touched.

use crate::components::AppLink;
use crate::i18n::use_bundle;
use yew::prelude::*;

#[component]
pub fn NotFound() -> Html {
    let ui = &use_bundle().ui;
    html! { <NotFoundBody title={ui.not_found_title().clone()} body={ui.not_found_body().clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct NotFoundBodyProps {
    pub title: AttrValue,
    pub body: AttrValue,
}

/// Shared by the not-found page and by option or story links whose id is unknown.
#[component]
pub fn NotFoundBody(props: &NotFoundBodyProps) -> Html {
    let ui = &use_bundle().ui;
    html! {
        <>
            <h1>{ props.title.clone() }</h1>
            <p class="lead">{ props.body.clone() }</p>
            <ul class="link-list">
                <li><AppLink href="/">{ ui.not_found_link_start() }</AppLink></li>
                <li><AppLink href="/options">{ ui.not_found_link_options() }</AppLink></li>
                <li><AppLink href="/safety">{ ui.nav_safety() }</AppLink></li>
            </ul>
        </>
    }
}
