//! Pieces that depend on the setting: prompts for the worker in session mode, "remember on this device", the
//! one-line storage notice, and reading a section aloud with a voice that runs on this device.

use crate::components::choice::{choice_group, Choice};
use crate::components::rich_text;
use crate::content::{Bundle, Ui};
use crate::i18n::use_bundle;
use crate::routes::Route;
use crate::session::setting::{Setting, SettingAction, SettingHandle, StorageNotice};
use crate::session::{keeping, Session};
use yew::prelude::*;

/// Short, collapsible prompts for the worker, shown only in session mode: each option page has its own (the beliefs
/// it meets, linked to /professionals), and the start page adds a suggested route for a short session. On wide
/// screens the box sits in a column beside the client's text (style.css). Whether it is open is kept by the
/// layout (`open`), so it stays as the worker left it across pages and a change of language (the prompts come
/// with the "tools" part, which a new language fetches afresh). They appear a moment after start-up on a first
/// page that does not need that part. (A plain function, not a component: each component type costs about 1 KB.)
pub fn worker_prompts(bundle: &Bundle, setting: &Setting, route: &Route, open: &UseStateHandle<Option<bool>>) -> Html {
    if !setting.policy().shows_worker_prompts() {
        return html! {};
    }
    let all = &bundle.prompts;
    let own = match route {
        Route::Option { id } => all.by_option.get(id),
        _ => None,
    };
    let Some(prompts) = own.or_else(|| route.prompts_key().and_then(|k| all.pages.get(k))) else { return html! {} };
    // Each prompt is text markup (links to /professionals and to the pages): shown as one list.
    let list = |items: &[String]| {
        let mut text = String::new();
        for item in items {
            text.push_str("\n- ");
            text.push_str(item);
        }
        text
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::Element>() {
                // Also when the box is drawn open (the start page): the browser reports that as a toggle too.
                open.set(Some(details.has_attribute("open")));
            }
        })
    };
    html! {
        <div class="worker-col no-print">
            <details class="worker-prompts" open={open.unwrap_or(*route == Route::Start)} {ontoggle}>
                <summary>{ &all.heading }</summary>
                // The suggested route at the start of a session: its heading in bold, then its stops.
                if *route == Route::Start {
                    { rich_text(bundle, &format!("**{}**\n{}", all.route_heading, list(&all.route)), "") }
                }
                <p>{ &all.intro }</p>
                { rich_text(bundle, &list(prompts), "") }
            </details>
        </div>
    }
}

/// The one-line message about kept answers (restored, set aside, blocked, full, forgotten) or a language that
/// could not be opened.
pub fn storage_notice_bar(ui: &Ui, setting: &SettingHandle) -> Html {
    let Some(notice) = setting.notice else { return html! {} };
    let (text, problem) = match notice {
        StorageNotice::Restored => (ui.restored(), false),
        StorageNotice::SetAside => (ui.storage_set_aside(), true),
        StorageNotice::Blocked => (ui.storage_blocked(), true),
        StorageNotice::Full => (ui.storage_full(), true),
        StorageNotice::Forgotten => (ui.forgotten(), false),
        StorageNotice::LanguageUnavailable => (ui.language_unavailable(), true),
    };
    let dismiss = {
        let setting = setting.clone();
        Callback::from(move |_| setting.dispatch(SettingAction::Notice(None)))
    };
    html! {
        <div class={classes!("notice", "notice-bar", problem.then_some("notice--problem"))} role="status">
            <span>{ text }</span>
            <button type="button" class="link-button" onclick={dismiss}>{ ui.notice_ok() }</button>
        </div>
    }
}

/// "Remember on this device", with plain words about shared devices, and "forget everything".
pub fn remember_control(ui: &Ui, setting: &SettingHandle, session: &Session) -> Html {
    if !setting.policy().may_offer_remember() {
        return html! {};
    }
    let choices = vec![
        Choice { value: "off".into(), label: ui.remember_off().clone() },
        Choice { value: "on".into(), label: ui.remember_on().clone() },
    ];
    let onpick = {
        let setting = setting.clone();
        Callback::from(move |value: String| keeping::set_remember(&setting, value == "on"))
    };
    let forget = {
        let (setting, session) = (setting.clone(), session.clone());
        Callback::from(move |_| keeping::forget(&session, &setting))
    };
    let no_history = {
        let setting = setting.clone();
        let on = !setting.no_history;
        Callback::from(move |_: Event| setting.dispatch(SettingAction::SetNoHistory(on)))
    };
    let selected = Some(if setting.remember { "on" } else { "off" }.to_string());
    html! {
        <section class="remember no-print" aria-labelledby="remember-heading">
            <h2 id="remember-heading">{ ui.remember_heading() }</h2>
            <p>{ ui.remember_body() }</p>
            { choice_group("remember".into(), html! { <span class="visually-hidden">{ ui.remember_heading() }</span> }, &choices,
                           selected, onpick, Classes::new(),
                           Some(AttrValue::from(if setting.remember { ui.remember_is_on().clone() } else { ui.remember_is_off().clone() }))) }
            <button type="button" class="button button--secondary" onclick={forget}>{ ui.forget_button() }</button>
            <p class="no-history">
                <input type="checkbox" id="no-history" checked={setting.no_history} onchange={no_history}
                       aria-describedby="no-history-hint" />
                <label for="no-history">{ ui.no_history_label() }</label>
            </p>
            <p id="no-history-hint" class="muted">{ ui.no_history_hint() }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// The id of the element whose text is read.
    pub target: AttrValue,
}

/// The first voice that runs on this device (never a network voice) for the page's language.
fn local_voice(lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    let voices: Vec<web_sys::SpeechSynthesisVoice> =
        synth.get_voices().iter().filter_map(|v| wasm_bindgen::JsCast::dyn_into(v).ok()).collect();
    voices.into_iter().find(|v| v.local_service() && v.lang().starts_with(lang))
}

/// Reads a section aloud. Hidden when this device has no local voice for the language.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let bundle = use_bundle();
    let lang = bundle.lang.clone();
    // Decided after the first render (so a prerendered page and the app agree), and again when voices arrive.
    let available = use_state(|| false);
    let speaking = use_state(|| false);
    {
        let available = available.clone();
        let lang = lang.clone();
        use_effect_with((), move |_| {
            available.set(local_voice(&lang).is_some());
            let listener = web_sys::window().and_then(|w| w.speech_synthesis().ok()).map(|synth| {
                gloo::events::EventListener::new(&synth, "voiceschanged", move |_| {
                    available.set(local_voice(&lang).is_some());
                })
            });
            move || drop(listener)
        });
    }
    if !*available {
        return html! {};
    }
    let onclick = {
        let speaking = speaking.clone();
        let target = props.target.clone();
        let lang = bundle.lang.clone();
        Callback::from(move |_| {
            let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
            if *speaking {
                synth.cancel();
                speaking.set(false);
                return;
            }
            let text =
                gloo::utils::document().get_element_by_id(&target).and_then(|el| el.text_content()).unwrap_or_default();
            let (Some(voice), Ok(utterance)) =
                (local_voice(&lang), web_sys::SpeechSynthesisUtterance::new_with_text(&text))
            else {
                return;
            };
            utterance.set_voice(Some(&voice));
            utterance.set_lang(&lang);
            synth.cancel();
            synth.speak(&utterance);
            speaking.set(true);
        })
    };
    let ui = &bundle.ui;
    html! {
        <button type="button" class="read-aloud no-print" aria-pressed={speaking.to_string()} {onclick}>
            { if *speaking { ui.read_aloud_stop() } else { ui.read_aloud() } }
        </button>
    }
}
