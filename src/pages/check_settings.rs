//! /check-settings: an unlisted page for the staff who set up a copy (issue 23). It shows, in the browser that
//! will run it, what this copy made of its `site.json`: the mode it runs in and why, what applies, what was refused
//! and why, and what a kiosk will do. It reads the same setting the app runs on (`config.rs`, `FIELDS`), so it
//! cannot disagree with it. It is in no menu; staff type its address.

use crate::config::{applied, AppliedWords, DefaultMode};
use crate::content::Bundle;
use crate::session::setting::SettingHandle;
use yew::prelude::*;

pub fn check_settings_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let ui = &bundle.ui;
    let words = AppliedWords {
        none: ui.check_settings_none(),
        shipped_contacts: ui.check_settings_shipped_contacts(),
        kiosk_only: ui.check_settings_kiosk_only(),
        failed_closed: ui.check_settings_failed_closed(),
    };
    let config = &setting.config;
    let problems: Vec<&str> =
        setting.config_problem.as_deref().map(|p| p.split(';').map(str::trim).collect()).unwrap_or_default();
    let verdict = if config.failed_closed {
        ui.check_settings_closed()
    } else if config.default_mode == DefaultMode::Kiosk {
        ui.check_settings_kiosk()
    } else {
        ui.check_settings_home()
    };
    let kiosk = (config.default_mode == DefaultMode::Kiosk).then(|| {
        let print = if config.kiosk_print { ui.check_settings_print_on() } else { ui.check_settings_print_off() };
        html! {
            <p>{ ui.check_settings_kiosk_does()
                .replace("{idle}", &config.idle_seconds.to_string())
                .replace("{countdown}", &config.countdown_seconds.to_string())
                .replace("{print}", print) }</p>
        }
    });
    html! {
        <>
            <h1>{ ui.check_settings_title() }</h1>
            <p class="lead">{ ui.check_settings_lead() }</p>
            <p class={classes!("notice", config.failed_closed.then_some("notice--problem"))} data-check="verdict">{ verdict }</p>
            { kiosk }
            <h2>{ ui.check_settings_refused_heading() }</h2>
            if problems.is_empty() {
                <p data-check="refused">{ ui.check_settings_nothing_refused() }</p>
            } else {
                <ul data-check="refused">
                    { for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
                </ul>
            }
            <h2>{ ui.check_settings_applies_heading() }</h2>
            <table class="check-settings" data-check="applies">
                <tbody>
                    // The value as site.json writes it is code; the note beside it is in the reader's words.
                    { for applied(config, &words).into_iter().map(|(field, value, note)| html! {
                        <tr><th scope="row"><code>{ field }</code></th><td><code>{ value }</code>{ " " }{ note }</td></tr>
                    }) }
                </tbody>
            </table>
            <p class="muted">{ ui.check_settings_how() }</p>
        </>
    }
}
