//! The tool pages that later work fills in: each says what it will hold and where to go meanwhile.

use crate::components::{AppLink, RichText};
use crate::content::Placeholder;
use crate::i18n::use_bundle;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tool {
    Compare,
    Matters,
    Check,
    Sure,
    Steps,
    Summary,
}

#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    pub page: Tool,
}

#[component]
pub fn PlaceholderPage(props: &PlaceholderProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let p = &bundle.pages.placeholders;
    let page: &Placeholder = match props.page {
        Tool::Compare => &p.compare,
        Tool::Matters => &p.matters,
        Tool::Check => &p.check,
        Tool::Sure => &p.sure,
        Tool::Steps => &p.steps,
        Tool::Summary => &p.summary,
    };
    html! {
        <>
            <h1>{ &page.title }</h1>
            <RichText text={page.lead.clone()} class="lead" />
            <p>{ &ui.placeholder_meanwhile }</p>
            <ul class="link-list">
                <li><AppLink href="/options">{ &ui.placeholder_link_options }</AppLink></li>
                <li><AppLink href="/stories">{ &ui.nav_stories }</AppLink></li>
                <li><AppLink href="/safety">{ &ui.placeholder_link_safety }</AppLink></li>
            </ul>
        </>
    }
}
