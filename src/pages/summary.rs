//! `/summary`: everything the person chose, in one place, with print, save to a file, a QR code, reopening a saved
//! file and clearing everything. All of these read the one session state.

use crate::components::callback;
use crate::components::choice::{on_value, own_list, OwnTextForm};
use crate::components::layout::confirm_dialog;
use crate::components::remember::remember_control;
use crate::i18n::use_bundle;
use crate::platform;
use crate::platform::modal;
use crate::session::file::{knows, read_saved_file, saved_file, FileError, MAX_FILE_BYTES};
use crate::session::setting::use_setting;
use crate::session::summary::{html_body, plain_text, sections};
use crate::session::{use_session, Action};
use qrcode::{Color, EcLevel, QrCode};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The QR code holds at most this many bytes of text, so an ordinary phone can still read it from a screen
/// (about version 18 at error-correction level L: under 90 modules a side).
pub const QR_MAX_BYTES: usize = 700;

/// A message about the last action, and whether it is a problem.
#[derive(Clone, PartialEq)]
struct Notice {
    text: String,
    problem: bool,
}

fn file_error_text(ui: &crate::content::Ui, error: &FileError) -> String {
    let reason = match error {
        FileError::TooLarge => ui.file_too_large(),
        FileError::NotOurs => ui.file_not_ours(),
        FileError::UnknownVersion(_) => ui.file_unknown_version(),
        FileError::Truncated => ui.file_truncated(),
        FileError::Tampered => ui.file_tampered(),
        FileError::Empty => ui.file_empty(),
    };
    format!("{reason} {}", ui.summary_kept())
}

/// What the page says after saving: where to find the file, or, when the browser could not save it, a message of
/// its own (a save that failed is not a file that could not be read).
fn save_notice(ui: &crate::content::Ui, saved: bool) -> Notice {
    let text = if saved { ui.summary_saved() } else { ui.summary_save_failed() };
    Notice { text: text.clone(), problem: !saved }
}

#[component]
pub fn SummaryPage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let session = use_session();
    let setting = use_setting();
    let policy = setting.policy();
    let notice = use_state(|| None::<Notice>);
    let show_qr = use_state(|| false);
    // The name of the file picked to reopen, shown in our own words beside the picker.
    let chosen = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let dialog = use_node_ref();
    // A reopened file waiting for "replace your answers?".
    let pending = use_mut_ref(|| None::<crate::session::SessionState>);
    let replace_dialog = use_node_ref();
    let date = platform::today();
    let summary = sections(bundle, &session);

    let on_print = Callback::from(|_| platform::print());
    let on_save = {
        let session = session.clone();
        let notice = notice.clone();
        let date = date.clone();
        Callback::from(move |_| {
            let body = html_body(bundle, &session, &date);
            let file = saved_file(bundle.ui.summary_title(), &bundle.lang, &body, &session);
            // A neutral name: the download list and notifications show it.
            let name = bundle.ui.summary_file_name().replace("{date}", &date);
            notice.set(Some(save_notice(&bundle.ui, platform::save_file(&name, "text/html", &file))));
        })
    };
    let on_qr = callback::toggle(&show_qr);
    let on_reopen = {
        let session = session.clone();
        let notice = notice.clone();
        let reader = reader.clone();
        let chosen = chosen.clone();
        let (pending, replace_dialog) = (pending.clone(), replace_dialog.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            chosen.set(Some(file.name()));
            input.set_value("");
            if file.size() > MAX_FILE_BYTES as f64 {
                notice.set(Some(Notice { text: file_error_text(&bundle.ui, &FileError::TooLarge), problem: true }));
                return;
            }
            let session = session.clone();
            let notice = notice.clone();
            let (pending, replace_dialog) = (pending.clone(), replace_dialog.clone());
            let task = gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |result| {
                // Read through the app's own reducer, keeping only what the content knows.
                let read = |bytes: Vec<u8>| read_saved_file(&bytes, |action| knows(bundle, action)).map_err(Some);
                let (text, problem) = match result.map_err(|_| None).and_then(read) {
                    // Answers on screen are not replaced without asking.
                    Ok(state) if !session.is_empty() => {
                        *pending.borrow_mut() = Some(state);
                        modal(&replace_dialog, true);
                        return;
                    }
                    Ok(state) => {
                        session.dispatch(Action::Replace(state));
                        (bundle.ui.summary_reopened().clone(), false)
                    }
                    Err(Some(error)) => (file_error_text(&bundle.ui, &error), true),
                    Err(None) => (format!("{} {}", bundle.ui.file_read_failed(), bundle.ui.summary_kept()), true),
                };
                notice.set(Some(Notice { text, problem }));
            });
            // Keep the reader alive until it calls back.
            *reader.borrow_mut() = Some(task);
        })
    };
    let open_clear = callback::show_modal(&dialog, true);
    let close_clear = callback::show_modal(&dialog, false);
    // "Replace your answers?": yes opens the file, no keeps what is on screen.
    let answer_replace = |yes: bool| {
        let (session, notice, pending, dialog) =
            (session.clone(), notice.clone(), pending.clone(), replace_dialog.clone());
        Callback::from(move |_| {
            modal(&dialog, false);
            let text = match pending.borrow_mut().take() {
                Some(state) if yes => {
                    session.dispatch(Action::Replace(state));
                    bundle.ui.summary_reopened().clone()
                }
                _ => bundle.ui.summary_kept().clone(),
            };
            notice.set(Some(Notice { text, problem: false }));
        })
    };
    let confirm_clear = {
        let dialog = dialog.clone();
        let session = session.clone();
        let notice = notice.clone();
        let show_qr = show_qr.clone();
        Callback::from(move |_| {
            session.dispatch(Action::Clear);
            show_qr.set(false);
            notice.set(Some(Notice { text: bundle.ui.summary_cleared().clone(), problem: false }));
            modal(&dialog, false);
        })
    };
    let add_question = on_value(&session, Action::AddOwnQuestion);

    html! {
        <>
            <h1>{ ui.summary_title() }</h1>
            // The lead offers only what this screen allows (issue 23: no printing or saving offered on a kiosk).
            <p class="lead">{ match (policy.may_print(), policy.may_use_files()) {
                (true, true) => ui.summary_lead(),
                (true, false) => ui.summary_lead_print_only(),
                _ => ui.summary_lead_scan_only(),
            } }</p>
            <p class="summary-date">{ ui.summary_made_on().replace("{date}", &crate::i18n::format_date(&date, &bundle.lang)) }</p>

            <div class="summary">
                { for summary.iter().filter(|s| !(s.lines.is_empty() && s.empty.is_empty())).map(|section| html! {
                    <section class="summary-section" aria-labelledby={format!("sum-{}", section.id)}>
                        <h2 id={format!("sum-{}", section.id)}>{ &section.heading }</h2>
                        if section.lines.is_empty() {
                            <p class="muted">{ &section.empty }</p>
                        } else {
                            <ul>{ for section.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                        }
                        if section.id == "questions" {
                            { own_list(&session, &session.own_questions, Action::RemoveOwnQuestion, ui.steps_remove(), None,
                                       "no-print") }
                            <OwnTextForm id="own-question" label={ui.summary_own_question_label().clone()}
                                         button={ui.summary_add_question().clone()} onadd={add_question.clone()} />
                        }
                    </section>
                }) }
            </div>

            <section class="summary-actions no-print" aria-labelledby="sum-actions">
                <h2 id="sum-actions">{ ui.summary_actions_heading() }</h2>
                <p class={classes!("notice", notice.as_ref().filter(|n| n.problem).map(|_| "notice--problem"))}
                   role="status" aria-live="polite">
                    { notice.as_ref().map(|n| n.text.clone()).unwrap_or_default() }
                </p>
                <div class="action-row">
                    if policy.may_print() {
                        <button type="button" class="button" onclick={on_print}>{ ui.summary_print() }</button>
                    }
                    if policy.may_use_files() {
                        <button type="button" class="button" onclick={on_save}>{ ui.summary_save() }</button>
                    }
                    <button type="button" class="button button--secondary" aria-expanded={show_qr.to_string()}
                            aria-controls="qr-panel" onclick={on_qr}>
                        { if *show_qr { ui.summary_qr_hide() } else { ui.summary_qr_show() } }
                    </button>
                </div>
                if policy.may_use_files() {
                    <p class="muted">{ ui.summary_save_note() }</p>
                } else {
                    <p class="muted">{ ui.kiosk_no_download() }</p>
                }
                if !policy.may_print() {
                    <p class="muted">{ ui.kiosk_no_print() }</p>
                }
                if *show_qr {
                    { qr_panel(bundle, &session, &date) }
                }
                // Opening files is for a person's own device, not a shared screen.
                if policy.may_use_files() {
                    // The browser's own picker says "Choose File" in the browser's language: it stays for the
                    // keyboard and screen readers (focusable, named by the label) but is drawn as our button.
                    <div class="reopen file-picker">
                        <input id="reopen-file" class="file-picker__input" type="file" accept=".html,text/html"
                               aria-describedby="reopen-status" onchange={on_reopen} />
                        <label for="reopen-file" class="button button--secondary file-picker__button">
                            { ui.summary_reopen_label() }
                        </label>
                        <p id="reopen-status" class="file-picker__status muted">
                            { match &*chosen {
                                Some(name) => ui.summary_reopen_chosen().replace("{name}", name),
                                None => ui.summary_reopen_none().clone(),
                            } }
                        </p>
                    </div>
                }
                <p>
                    <button type="button" class="button button--danger" onclick={open_clear}>{ ui.summary_clear() }</button>
                </p>
            </section>

            { remember_control(ui, &setting, &session) }

            { confirm_dialog(&dialog, "clear", ui.summary_clear_title(), ui.summary_clear_body(), vec![
                (ui.summary_clear_yes(), "button--danger", confirm_clear),
                (ui.summary_clear_no(), "button--secondary", close_clear),
            ]) }
            { confirm_dialog(&replace_dialog, "replace", ui.file_replace_title(), ui.file_replace_body(), vec![
                (ui.file_replace_yes(), "", answer_replace(true)),
                (ui.file_replace_no(), "button--secondary", answer_replace(false)),
            ]) }
        </>
    }
}

/// The summary as text in a QR code, drawn as one SVG path. (A plain function, drawn with the summary page, which
/// already holds the answers: each component type costs about 1 KB of wasm.)
fn qr_panel(bundle: &crate::content::Bundle, session: &crate::session::Session, date: &str) -> Html {
    let ui = &bundle.ui;
    let (text, shortened) = plain_text(bundle, session, date, QR_MAX_BYTES);
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L) else { return html! {} };
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    let size = width + 8; // four modules of quiet zone on each side
    html! {
        <div id="qr-panel" class="qr">
            <p>{ ui.summary_qr_intro() }</p>
            if shortened {
                <p class="muted">{ ui.summary_qr_shortened() }</p>
            }
            <svg class="qr__code" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={ui.summary_qr_label().clone()}
                 shape-rendering="crispEdges">
                <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
                <path d={path} fill="#000" />
            </svg>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_failed_save_says_so_in_its_own_words() {
        for lang in ["en", "es"] {
            let ui = &crate::content::library().bundle(lang).ui;
            let failed = save_notice(ui, false);
            assert!(failed.problem && failed.text == *ui.summary_save_failed(), "{lang}");
            assert_ne!(failed.text, *ui.file_read_failed(), "{lang}");
            assert_ne!(failed.text, *ui.summary_saved(), "{lang}");
            let saved = save_notice(ui, true);
            assert!(!saved.problem && saved.text == *ui.summary_saved(), "{lang}");
        }
    }
}
