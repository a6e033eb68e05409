//! Pages made of titled sections: `/safety`, `/how-to-start`, `/privacy`, `/about`.

use crate::components::read_aloud::ReadAloud;
use crate::components::reference::{reference_anchor, reference_line};
use crate::components::remember::remember_control;
use crate::components::{rich_text, section_nav};
use crate::content::{ArticlePage, Bundle, Contact, HOW_TO_START_CONTACTS};
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
    let own = setting.config.contacts_in(&bundle.lang);
    let shipped = own.is_empty();
    let list = if shipped { &contacts.contact } else { &own };
    let follow = setting.policy().follows_outside_links();
    let help_now = html! {
        <div class="contacts">
            <h3>{ ui.safety_contacts_heading() }</h3>
            { contact_list(ui, list, follow) }
            // Whose numbers these are comes after them, so a phone shows the first call button at once.
            if shipped {
                <p class="contacts__intro">{ &contacts.intro }</p>
                // Only without JavaScript (the exit script marks the page `has-js`): a service's own lines,
                // read from site.json, cannot show then.
                <p class="contacts__needs-js">{ ui.contacts_noscript() }</p>
            }
            <p class="contacts__fallback">{ &contacts.fallback }</p>
            // With the shipped (US) lines, the national finders (treatment, NA, AA and SMART meetings) after them;
            // a service's own list stands alone here (its /how-to-start shows the finders after it).
            if shipped {
                { finders(bundle, follow, false) }
            }
        </div>
    };
    article(bundle, &bundle.pages.safety, &Route::Safety, Some(("help-now", help_now)), html! {})
}

fn contact_list(ui: &crate::content::Ui, list: &[Contact], follow: bool) -> Html {
    html! {
        // The page's start script fills the first list in with a service's own contacts from site.json before the
        // wasm, with these words (`components/exit.rs`).
        <ul class="contact-list" data-call={ui.contact_call().clone()} data-text={ui.contact_text().clone()}
            data-hours={ui.contact_hours().clone()}>
            { for list.iter().map(|c| {
                // Where calls can be placed from the screen, each number is a full-width call button; on a kiosk it
                // is large text to dial from a phone.
                let call = contact_way(format!("{} {}", ui.contact_call(), c.phone), format!("tel:{}", c.phone), follow);
                let text = c.text_number.as_ref().map(|t| {
                    contact_way(format!("{} {t}", ui.contact_text()), format!("sms:{t}"), follow)
                });
                let hours = (!c.hours.is_empty()).then(|| format!("{} {}", ui.contact_hours(), c.hours));
                contact_item(&c.name, &c.description, hours, html! { <>{ call }{ for text }</> })
            }) }
        </ul>
    }
}

/// One contact: its name, its ways to reach it (call, text, a web address), what it is for and when it is open.
fn contact_item(name: &str, description: &str, hours: Option<String>, ways: Html) -> Html {
    html! {
        <li class="contact">
            <p class="contact__name">{ name }</p>
            { ways }
            <p class="contact__description">{ description }</p>
            if let Some(hours) = hours {
                <p class="contact__hours">{ hours }</p>
            }
        </li>
    }
}

/// `/how-to-start`: who to call comes first (a service's own contacts from the site file, then the national
/// finders, labelled as US), then a section per option (each option page links to its own).
pub fn how_to_start_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let ui = &bundle.ui;
    let contacts = &bundle.contacts;
    let follow = setting.policy().follows_outside_links();
    let own = setting.config.contacts_in(&bundle.lang);
    let who = html! {
        <div class="contacts">
            if !own.is_empty() {
                <h3>{ &contacts.own_heading }</h3>
                { contact_list(ui, &own, follow) }
            }
            { finders(bundle, follow, true) }
            <p class="contacts__fallback">{ &contacts.fallback }</p>
        </div>
    };
    let page = &bundle.pages.how_to_start;
    article(bundle, page, &Route::HowToStart, Some((HOW_TO_START_CONTACTS, who)), html! {})
}

/// The national finders, labelled as US: each with its own web address, and its phone number if it has one. On
/// /safety (`with_phone` false) the helpline is already among the crisis lines, so only the finders without a
/// number are added there.
fn finders(bundle: &Bundle, follow: bool, with_phone: bool) -> Html {
    let ui = &bundle.ui;
    let contacts = &bundle.contacts;
    // On /safety they follow the shipped lines only: the page's start script takes them out with those, before the
    // wasm, where a service has its own contacts (`components/exit.rs`).
    html! {
        <div class={if with_phone { "finders" } else { "finders contacts__finders" }}>
            <h3>{ &contacts.finders_heading }</h3>
            <p>{ &contacts.finders_intro }</p>
            <ul class="contact-list">
                { for contacts.finder.iter().filter(|f| with_phone || f.phone.is_none()).map(|f| {
                    let call = f.phone.as_ref().map(|p| contact_way(format!("{} {p}", ui.contact_call()), format!("tel:{p}"), follow));
                    // The address as people would type it; the link sends no referrer (see `contact_way`). (Split at
                    // "://" rather than trimming "https://": that literal beside "www." in the wasm's strings read as
                    // a full address to the network check.)
                    let without_scheme = f.address.split_once("://").map_or(f.address.as_str(), |(_, rest)| rest);
                    let shown = without_scheme.trim_start_matches("www.").trim_end_matches('/');
                    let web = contact_way(shown.to_string(), f.address.clone(), follow);
                    contact_item(&f.name, &f.description, None, html! { <>{ for call }{ web }</> })
                }) }
            </ul>
        </div>
    }
}

/// "Call 911" or "findtreatment.gov": a button where the setting follows phone and outside links, large text where
/// it does not (a kiosk). No link sends a referrer, so another site is not told which page the person was reading.
fn contact_way(label: String, href: String, follow: bool) -> Html {
    if follow {
        html! { <a class="contact__phone button" href={href.replace(' ', "")} rel="noreferrer">{ label }</a> }
    } else {
        html! { <p class="contact__phone contact__phone--text">{ label }</p> }
    }
}

pub fn privacy_page(bundle: &Bundle, setting: &SettingHandle, session: &crate::session::Session) -> Html {
    let remember = remember_control(&bundle.ui, setting, session);
    // What quick exit wipes, wherever the person is (issue 23), and the offline copy (issue 22).
    let after = html! { <>{ remember }<p class="privacy-exit">{ bundle.ui.privacy_exit_wipes() }</p>
    { crate::components::offline::offline_copy(&bundle.ui, false) }</> };
    article(bundle, &bundle.pages.privacy, &Route::Privacy, None, after)
}

pub fn about_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let ui = &bundle.ui;
    // IPDAS asks who made a decision aid and who pays: the project says so in the content, and a service that offers
    // this copy may add its own words through site.json (shown beside the project's, never in place of them).
    let config = &setting.config;
    let statement = config.service_statement.get(&bundle.lang);
    // Who at the service reviewed this copy's content, and when (site.json; shown only when both are good).
    let reviewed = (!config.reviewed_by.is_empty()).then(|| {
        html! {
            <p class="service-statement__reviewed">{
                ui.about_reviewed().replace("{name}", &config.reviewed_by).replace("{date}", &crate::i18n::format_date(&config.reviewed_on, &bundle.lang))
            }</p>
        }
    });
    let service = (!statement.is_empty() || reviewed.is_some()).then(|| {
        html! {
            <section class="service-statement" aria-labelledby="service-statement">
                <h2 id="service-statement">{ ui.about_service_heading() }</h2>
                <p>{ ui.about_service_intro() }</p>
                if !statement.is_empty() {
                    <blockquote>{ for statement.split("\n\n").map(|para| html! { <p>{ para }</p> }) }</blockquote>
                }
                { reviewed }
            </section>
        }
    });
    let version = ui
        .about_version()
        .replace("{version}", crate::version::VERSION)
        .replace("{date}", &crate::i18n::format_date(crate::version::CONTENT_DATE, &bundle.lang));
    let references = html! {
            <>
            { service }
            <p class="about-version">{ version }</p>
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
