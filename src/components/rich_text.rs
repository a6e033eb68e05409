//! Renders content markup (docs/CONTENT.md): paragraphs, lists, bold, in-app links and citations.
//!
//! A plain function rather than a component: it is used some thirty times and has no state of its own, and each
//! component type costs the wasm about a kilobyte of machinery.

use crate::components::link::content_link;
use crate::components::reference::reference_anchor;
use crate::components::AppLink;
use crate::content::markup::{self, Block, Inline};
use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

/// The markup `text` as HTML; `class` (such as "lead") goes on each paragraph.
pub fn rich_text(bundle: &Bundle, text: &str, class: &'static str) -> Html {
    let class = (!class.is_empty()).then_some(class);
    let render_inline = |inline: &Inline| -> Html {
        match inline {
            Inline::Text(text) => html! { {text.clone()} },
            Inline::Bold(text) => html! { <strong>{text.clone()}</strong> },
            Inline::Link { text, href } => content_link(href, text),
            Inline::Cite(key) => {
                let short = bundle.reference(key).map(|r| r.short.clone()).unwrap_or_else(|| key.clone());
                let label = format!("{} {}", bundle.ui.cite_label(), short);
                html! {
                    <AppLink class="cite" to={Route::About} fragment={reference_anchor(key)} aria_label={label}>
                        {format!("({short})")}
                    </AppLink>
                }
            }
        }
    };
    html! {
        <>{ for markup::parse(text).iter().map(|block| match block {
            Block::Paragraph(inlines) => html! {
                <p {class}>{ for inlines.iter().map(render_inline) }</p>
            },
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|item| html! { <li>{ for item.iter().map(render_inline) }</li> }) }</ul>
            },
        }) }</>
    }
}
