//! Pages made of titled sections: `/safety`, `/privacy`, `/about`.

use crate::components::read_aloud::ReadAloud;
use crate::components::reference::{reference_anchor, reference_line};
use crate::components::remember::remember_control;
use crate::components::{rich_text, section_nav};
use crate::content::{ArticlePage, Bundle};
use crate::routes::Route;
use crate::session::setting::SettingHandle;
use yew::prelude::*;

/// A titled page of sections with "on this page" links. `extra` is shown at the end of the section with its id;
/// `after` follows the last section.
pub(crate) fn article(
    bundle: &Bundle,
    page: &ArticlePage,
    route: &Route,
    extra: Option<(&str, Html)>,
    after: Html,
) -> Html {
    let sections = page.sections.iter().map(|s| (s.id.as_str(), s.heading.as_str()));
    html! {
        <>
            <h1>{ &page.title }</h1>
            { rich_text(bundle, &page.lead, "lead") }
            { section_nav(bundle, route, sections) }
            { for page.sections.iter().map(|section| html! {
                <section aria-labelledby={section.id.clone()} id={format!("sec-{}", section.id)}>
                    <h2 id={section.id.clone()}>{ &section.heading }</h2>
                    <ReadAloud target={format!("sec-{}", section.id)} />
                    { rich_text(bundle, &section.body, "") }
                    { match &extra {
                        Some((id, extra)) if *id == section.id => extra.clone(),
                        _ => html! {},
                    } }
                </section>
            }) }
            { after }
        </>
    }
}

pub fn safety_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let ui = &bundle.ui;
    let contacts = &bundle.contacts;
    // A service's own contacts, from the site file, replace the general ones (and the note that those are US numbers).
    let shipped = setting.config.contacts.is_empty();
    let list = if shipped { &contacts.contact } else { &setting.config.contacts };
    let follow = setting.policy().follows_outside_links();
    let contact_list = html! {
        <div class="contacts">
            <h3>{ ui.safety_contacts_heading() }</h3>
            <ul class="contact-list">
                { for list.iter().map(|c| html! {
                    <li class="contact">
                        <p class="contact__name">{ &c.name }</p>
                        // Where calls can be placed from the screen, each number is a full-width call button;
                        // on a kiosk it is large text to dial from a phone.
                        { contact_way(ui.contact_call(), "tel", &c.phone, follow) }
                        if let Some(text) = &c.text_number {
                            { contact_way(ui.contact_text(), "sms", text, follow) }
                        }
                        <p class="contact__description">{ &c.description }</p>
                        if !c.hours.is_empty() {
                            <p class="contact__hours">{ format!("{} {}", ui.contact_hours(), c.hours) }</p>
                        }
                    </li>
                }) }
            </ul>
            // Whose numbers these are comes after them, so a phone shows the first call button at once.
            if shipped {
                <p>{ &contacts.intro }</p>
            }
            <p class="contacts__fallback">{ &contacts.fallback }</p>
        </div>
    };
    article(bundle, &bundle.pages.safety, &Route::Safety, Some(("help-now", contact_list)), html! {})
}

/// "Call 911": a call (or text) button where the setting lets the screen place calls, large text where it does not.
fn contact_way(verb: &str, scheme: &str, number: &str, follow: bool) -> Html {
    let label = format!("{verb} {number}");
    if follow {
        html! { <a class="contact__phone button" href={format!("{scheme}:{}", number.replace(' ', ""))}>{ label }</a> }
    } else {
        html! { <p class="contact__phone contact__phone--text">{ label }</p> }
    }
}

pub fn privacy_page(bundle: &Bundle, setting: &SettingHandle, session: &crate::session::Session) -> Html {
    let remember = remember_control(&bundle.ui, setting, session);
    article(bundle, &bundle.pages.privacy, &Route::Privacy, None, remember)
}

pub fn about_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let ui = &bundle.ui;
    // IPDAS asks who made a decision aid and who pays: the project says so in the content, and a service that offers
    // this copy may add its own words through site.json (shown beside the project's, never in place of them).
    let statement = &setting.config.service_statement;
    let service = (!statement.is_empty()).then(|| {
        html! {
            <section class="service-statement" aria-labelledby="service-statement">
                <h2 id="service-statement">{ ui.about_service_heading() }</h2>
                <p>{ ui.about_service_intro() }</p>
                <blockquote>{ for statement.split("\n\n").map(|para| html! { <p>{ para }</p> }) }</blockquote>
            </section>
        }
    });
    let references = html! {
            <>
            { service }
            <section aria-labelledby="references">
                <h2 id="references">{ ui.about_references_heading() }</h2>
                <p>{ ui.about_references_intro() }</p>
                <ol class="reference-list reference-list--full">
                    { for bundle.references.iter().map(|r| html! {
                        <li id={reference_anchor(&r.key)} tabindex="-1">
                            <strong>{ &r.short }</strong>{ ". " }{ reference_line(r) }
                            <span class="reference-list__finding">{ &r.finding }</span>
                        </li>
                    }) }
                </ol>
            </section>
            </>
    };
    article(bundle, &bundle.pages.about, &Route::About, None, references)
}
