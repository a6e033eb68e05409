//! Pages made of titled sections: `/safety`, `/privacy`, `/about`.

use crate::components::session_aids::{ReadAloud, RememberControl};
use crate::components::{rich_text, SectionNav};
use crate::session::setting::use_setting;
use crate::content::ArticlePage;
use crate::i18n::use_bundle;
use yew::prelude::*;

#[derive(Properties)]
struct ArticleProps {
    page: &'static ArticlePage,
    path: AttrValue,
    /// Extra content shown at the end of the section with this id.
    #[prop_or_default]
    extra: Option<(&'static str, Html)>,
    /// Extra content after all sections.
    #[prop_or_default]
    children: Html,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.page, other.page)
            && self.path == other.path
            && self.extra == other.extra
            && self.children == other.children
    }
}

#[component]
fn Article(props: &ArticleProps) -> Html {
    let bundle = use_bundle();
    let page = props.page;
    let sections: Vec<(String, String)> = page.sections.iter().map(|s| (s.id.clone(), s.heading.clone())).collect();
    html! {
        <>
            <h1>{ &page.title }</h1>
            { rich_text(bundle, &page.lead, "lead") }
            <SectionNav page_path={props.path.clone()} {sections} />
            { for page.sections.iter().map(|section| html! {
                <section aria-labelledby={section.id.clone()} id={format!("sec-{}", section.id)}>
                    <h2 id={section.id.clone()}>{ &section.heading }</h2>
                    <ReadAloud target={format!("sec-{}", section.id)} />
                    { rich_text(bundle, &section.body, "") }
                    { match &props.extra {
                        Some((id, extra)) if *id == section.id => extra.clone(),
                        _ => html! {},
                    } }
                </section>
            }) }
            { props.children.clone() }
        </>
    }
}

#[component]
pub fn SafetyPage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let contacts = &bundle.contacts;
    let setting = use_setting();
    // A service's own contacts, from the site file, replace the general ones.
    let list = if setting.config.contacts.is_empty() { &contacts.contact } else { &setting.config.contacts };
    let follow = setting.policy().follows_outside_links();
    let contact_list = html! {
        <div class="contacts">
            <h3>{ ui.safety_contacts_heading() }</h3>
            <p>{ &contacts.intro }</p>
            <ul class="contact-list">
                { for list.iter().map(|c| html! {
                    <li class="contact">
                        <p class="contact__name">{ &c.name }</p>
                        <p class="contact__description">{ &c.description }</p>
                        <p class="contact__ways">
                            if follow {
                                <a class="contact__phone" href={format!("tel:{}", c.phone.replace(' ', ""))}>
                                    { format!("{} {}", ui.contact_call(), c.phone) }
                                </a>
                            } else {
                                <span class="contact__phone">{ format!("{} {}", ui.contact_call(), c.phone) }</span>
                            }
                            if let Some(text) = &c.text_number {
                                if follow {
                                    <a class="contact__phone" href={format!("sms:{}", text.replace(' ', ""))}>
                                        { format!("{} {}", ui.contact_text(), text) }
                                    </a>
                                } else {
                                    <span class="contact__phone">{ format!("{} {}", ui.contact_text(), text) }</span>
                                }
                            }
                            if !c.hours.is_empty() {
                                <span class="contact__hours">{ format!("{} {}", ui.contact_hours(), c.hours) }</span>
                            }
                        </p>
                    </li>
                }) }
            </ul>
        </div>
    };
    html! { <Article page={&bundle.pages.safety} path="/safety" extra={Some(("help-now", contact_list))} /> }
}

#[component]
pub fn PrivacyPage() -> Html {
    let bundle = use_bundle();
    html! {
        <Article page={&bundle.pages.privacy} path="/privacy">
            <RememberControl />
        </Article>
    }
}

#[component]
pub fn AboutPage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    html! {
        <Article page={&bundle.pages.about} path="/about">
            <section aria-labelledby="references">
                <h2 id="references">{ ui.about_references_heading() }</h2>
                <p>{ ui.about_references_intro() }</p>
                <ol class="reference-list reference-list--full">
                    { for bundle.references.iter().map(|r| html! {
                        <li id={format!("ref-{}", r.key)} tabindex="-1">
                            <strong>{ &r.short }</strong>{ ". " }{ &r.authors }{ " " }
                            if let Some(title) = &r.title { { title.clone() }{ ". " } }
                            <cite>{ &r.published_in }</cite>{ "." }
                            <span class="reference-list__finding">{ &r.finding }</span>
                        </li>
                    }) }
                </ol>
            </section>
        </Article>
    }
}
