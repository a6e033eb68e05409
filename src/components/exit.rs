//! Quick exit (the GOV.UK "Exit this page" pattern, and further): a red link that stays in view, a link right after
//! the skip link, and Shift pressed three times.
//!
//! It works from the first paint, before and without the wasm. Every page's HTML carries the red control outside
//! the app (written by the prerender step: a real link to the exit address, so it works with JavaScript off too)
//! and a small inline script, [`exit_script`] (its source is `assets/exit.js`), whose hash the page's CSP names. The script alone counts Shift
//! presses and handles clicks on the exit links: it wipes what OwnPath stored in this browser, tells every other
//! OwnPath tab to do the same (a same-origin `BroadcastChannel`; nothing leaves the device), hides the page and
//! replaces it in the history with the neutral page. It also keeps the red control inside any open dialog, so a
//! modal dialog never blocks it, and it stays on the crash screen, outside the app.
//!
//! It also asks the browser to warn before a reload loses answers that are not kept (in a session), while the app
//! marks the page so (`keeping::UNSAVED`), and never on the way out.
//!
//! The app takes over without handling anything twice: before leaving, the script sends the app an
//! [`EXIT_EVENT`]. The app drops the answers from memory (`keeping::exit`); on a kiosk it cancels the event and
//! resets to the start screen instead of leaving.

use crate::config::EARLY_SITE;
use crate::i18n::{use_bundle, use_language, Language};
use crate::router::use_navigator;
use crate::routes::Route;
use crate::session::keeping::{self, UNSAVED};
use crate::session::setting::{use_setting, Mode, SettingAction, MODE_PARAM};
use crate::session::storage::PREFIX as STORAGE_PREFIX;
use crate::session::use_session_now;
use yew::prelude::*;

/// The box around the red control, outside the app.
pub const EXIT_BOX_ID: &str = "op-quick";
/// The red control: a link to the exit address.
pub const EXIT_ID: &str = "op-exit";
/// "In danger now?", in the same box: a real link to the help lines on /safety, so it is at the top of every page
/// from the first paint (a plain link before the wasm, and with JavaScript off). The app keeps its words and address
/// in step with the language and the setting, and follows it inside the app ([`use_quick_exit`]).
pub const DANGER_ID: &str = "op-danger";
/// Where it leads: the section of the safety page with the help lines.
pub const DANGER_FRAGMENT: &str = "help-now";
/// The polite live region that counts Shift presses (its texts in `data-1` and `data-2`).
pub const EXIT_STATUS_ID: &str = "op-exit-status";
/// Sent by the exit script to the app before leaving; cancelable.
pub const EXIT_EVENT: &str = "ownpath-exit";
/// The class on `<body>` that hides the page while the neutral page loads.
pub const EXITING: &str = "exiting";

/// Three separate Shift presses within this many milliseconds in all leave.
pub const SHIFT_WINDOW_MS: u32 = 3000;
/// A Shift press longer than this (held down) does not count.
pub const SHIFT_PRESS_MS: u32 = 600;

/// The script every page carries in its `<head>` (the CSP names its hash). It needs nothing from the page to be
/// loaded: it listens on the document and finds the red control when it acts.
///
/// It also reads `site.json` at once (before the wasm): a kiosk by the site file (or a file that fails closed, the
/// same rule as `config.rs` for the mode) exits to the start screen even before the wasm, and
/// `exit_removes_offline_copy` is honoured. The app takes its reading over.
pub fn exit_script() -> String {
    let fields: Vec<String> = crate::config::FIELDS.iter().map(|f| format!("\"{}\"", f.name)).collect();
    let (shift_press, shift_window) = (SHIFT_PRESS_MS.to_string(), SHIFT_WINDOW_MS.to_string());
    let mut script = compact_script(include_str!("../../assets/exit.js"));
    for (name, value) in [
        ("SITE_FIELDS", fields.join(",").as_str()),
        ("MODE_PARAM", MODE_PARAM),
        ("KIOSK", Mode::Kiosk.param()),
        ("EARLY_SITE", EARLY_SITE),
        ("STORAGE_PREFIX", STORAGE_PREFIX),
        ("EXIT_STATUS_ID", EXIT_STATUS_ID),
        ("EXIT_EVENT", EXIT_EVENT),
        ("EXIT_ID", EXIT_ID),
        ("EXIT_BOX_ID", EXIT_BOX_ID),
        ("EXITING", EXITING),
        ("UNSAVED", UNSAVED),
        ("SHIFT_PRESS_MS", &shift_press),
        ("SHIFT_WINDOW_MS", &shift_window),
    ] {
        script = script.replace(&format!("@{name}@"), value);
    }
    script
}

/// The exit script as every page carries it: without its comment lines, the spaces and line breaks the browser
/// does not need (outside strings and regular expressions) and a block's last semicolon. Every statement in `assets/exit.js` ends
/// with a semicolon or a brace, so joining lines changes nothing.
fn compact_script(source: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == '@';
    let mut out = String::new();
    let lines = source.lines().map(str::trim).filter(|line| !line.starts_with("//"));
    let code: Vec<char> = lines.collect::<Vec<_>>().join("\n").chars().collect();
    let mut i = 0;
    while i < code.len() {
        let c = code[i];
        // A string, or a regular expression (a `/` where a value starts; this script divides nothing): as it is.
        let last = out.trim_end().chars().last();
        let regex = c == '/' && last.is_none_or(|l| "(,=:[!&|?{};".contains(l));
        if c == '"' || regex {
            let mut in_class = false;
            out.push(c);
            i += 1;
            while i < code.len() {
                let d = code[i];
                out.push(d);
                i += 1;
                match d {
                    '\\' if i < code.len() => {
                        out.push(code[i]);
                        i += 1;
                    }
                    '[' if regex => in_class = true,
                    ']' if regex => in_class = false,
                    _ if d == c && !in_class => break,
                    _ => {}
                }
            }
        } else if c.is_whitespace() {
            // One space only between two words ("typeof v", "else reset").
            let next = code[i..].iter().find(|c| !c.is_whitespace());
            if last.is_some_and(word) && next.is_some_and(|n| word(*n)) {
                out.push(' ');
            }
            while i < code.len() && code[i].is_whitespace() {
                i += 1;
            }
        } else {
            // The last statement of a block needs no semicolon.
            if c == '}' && out.ends_with(';') {
                out.pop();
            }
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Clears everything and goes back to the kiosk start screen, as if nobody had been here.
#[hook]
pub fn use_kiosk_reset() -> Callback<()> {
    let session = use_session_now();
    let setting = use_setting();
    let navigator = use_navigator();
    let language = use_language();
    Callback::from(move |_| {
        keeping::kiosk_reset(&session.get(), &setting);
        if let Some(language) = &language {
            // Back to the language the kiosk was started in (its content is always loaded).
            language.set(Language::of(setting.own_language));
        }
        if let Some(navigator) = &navigator {
            navigator.replace(&Route::Start);
        }
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    })
}

/// The app's part of quick exit: answers the exit script's event, and keeps the red control's words and address
/// in step with the language and the site file; the same for "In danger now?", which it also follows in the app.
/// On a kiosk, the exit is `reset` (the frame's [`use_kiosk_reset`]).
#[hook]
pub fn use_quick_exit(reset: &Callback<()>) {
    let session = use_session_now();
    let setting = use_setting();
    let reset = reset.clone();
    let navigator = use_navigator();
    let ui = &use_bundle().ui;
    let resets = setting.policy().exit_resets();
    let texts = (ui.exit_button().clone(), ui.exit_shift_two().clone(), ui.exit_shift_one().clone());
    let danger = (
        ui.danger_link().clone(),
        crate::components::link::address(navigator.as_ref(), &Route::Safety, Some(DANGER_FRAGMENT)),
    );
    let starts_kiosk = setting.policy().shared_screen() && !setting.kiosk_started;
    // (Two effects for the red control and "In danger now?" together: each effect costs the wasm.)
    use_effect_with((texts, setting.config.exit_url.clone(), danger), |((button, two, one), href, danger)| {
        let document = gloo::utils::document();
        for (id, text, href) in [(EXIT_ID, button, href), (DANGER_ID, &danger.0, &danger.1)] {
            if let Some(link) = document.get_element_by_id(id) {
                link.set_text_content(Some(text));
                let _ = link.set_attribute("href", href);
            }
        }
        if let Some(status) = document.get_element_by_id(EXIT_STATUS_ID) {
            let _ = status.set_attribute("data-1", two);
            let _ = status.set_attribute("data-2", one);
        }
    });
    use_effect_with((resets, navigator, starts_kiosk), move |(resets, navigator, starts_kiosk)| {
        let (resets, starts_kiosk) = (*resets, *starts_kiosk);
        let options = gloo::events::EventListenerOptions::enable_prevent_default;
        let document = gloo::utils::document();
        // "In danger now?" moves inside the app, so answers in memory and a kiosk's setting stay; on the kiosk
        // start screen it starts the kiosk too.
        let danger = document.get_element_by_id(DANGER_ID).zip(navigator.clone()).map(|(link, nav)| {
            let setting = setting.clone();
            gloo::events::EventListener::new_with_options(&link, "click", options(), move |event| {
                if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::MouseEvent>(event) {
                    crate::components::link::follow(&nav, &Route::Safety, Some(DANGER_FRAGMENT), e);
                    if starts_kiosk && e.default_prevented() {
                        setting.dispatch(SettingAction::StartKiosk);
                    }
                }
            })
        });
        let listener = gloo::events::EventListener::new_with_options(&document, EXIT_EVENT, options(), move |event| {
            if resets {
                event.prevent_default();
                reset.emit(());
            } else {
                keeping::exit(&session.get(), &setting);
            }
        });
        move || drop((listener, danger))
    });
}

/// The secondary exit link, right after the skip link. A real link: the exit script handles it like the red one.
pub fn exit_link(ui: &crate::content::Ui, setting: &crate::session::setting::Setting) -> Html {
    html! {
        <a class="skip-link exit-link" href={setting.config.exit_url.clone()} data-exit="">{ ui.exit_link() }</a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_in_the_exit_script_is_filled_in() {
        // A name added to assets/exit.js and not filled in here would be a syntax error on every page.
        let script = exit_script();
        assert!(
            !script.contains('@'),
            "a name is left: {}",
            &script[script.find('@').unwrap_or(0)..][..40.min(script.len())]
        );
        assert!(script.contains(&format!("{MODE_PARAM}={}", Mode::Kiosk.param())), "the mode rule is the app's");
        assert!(script.contains(&format!("\"{STORAGE_PREFIX}\"")), "the storage prefix is the app's");
    }

    #[test]
    fn compacting_keeps_strings_and_regular_expressions() {
        let source = "// a note\nvar a = \"x  y\", b = / +/g;\nif (a) { f(); }\nelse  g( typeof  a );\n";
        assert_eq!(compact_script(source), "var a=\"x  y\",b=/ +/g;if(a){f()}else g(typeof a);");
    }
}
