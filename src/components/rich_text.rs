//! Renders content markup (docs/CONTENT.md): paragraphs, lists, bold, in-app links and citations.

use crate::components::link::AppLink;
use crate::content::markup::{self, Block, Inline};
use crate::i18n::use_bundle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub text: AttrValue,
    /// Class for paragraphs, e.g. "lead" for an opening paragraph.
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    let bundle = use_bundle();
    let render_inline = |inline: &Inline| -> Html {
        match inline {
            Inline::Text(text) => html! { {text.clone()} },
            Inline::Bold(text) => html! { <strong>{text.clone()}</strong> },
            Inline::Link { text, href } => html! { <AppLink href={href.clone()}>{text.clone()}</AppLink> },
            Inline::Cite(key) => {
                let short = bundle.reference(key).map(|r| r.short.clone()).unwrap_or_else(|| key.clone());
                let label = format!("{} {}", bundle.ui.cite_label(), short);
                html! {
                    <AppLink class="cite" href={format!("/about#ref-{key}")} aria_label={label}>
                        {format!("({short})")}
                    </AppLink>
                }
            }
        }
    };
    let blocks = markup::parse(&props.text);
    html! {
        <>{ for blocks.iter().map(|block| match block {
            Block::Paragraph(inlines) => html! {
                <p class={props.class.clone()}>{ for inlines.iter().map(render_inline) }</p>
            },
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|item| html! { <li>{ for item.iter().map(render_inline) }</li> }) }</ul>
            },
        }) }</>
    }
}
