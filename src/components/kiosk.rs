//! The waiting-room kiosk: a start screen, and an idle watch that warns with a countdown and then wipes
//! everything back to the start screen.

use crate::components::callback;
use crate::components::comfort::language_links;
use crate::components::exit::use_kiosk_reset;
use crate::content::Bundle;
use crate::i18n::use_bundle;
use crate::i18n::LanguageHandle;
use crate::session::setting::{use_setting, SettingAction, SettingHandle};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What a stranger sees first: what this is, that nothing is saved, and one big button.
pub fn kiosk_start(
    bundle: &Bundle,
    setting: &SettingHandle,
    language: &Option<LanguageHandle>,
    navigator: &Option<crate::router::Navigator>,
) -> Html {
    let ui = &bundle.ui;
    let start = callback::dispatch(setting, || SettingAction::StartKiosk);
    html! {
        <main id="main" class="kiosk-start" tabindex="-1">
            { crate::components::notice_bar::site_notice(ui, setting) }
            <h1>{ ui.kiosk_title() }</h1>
            if !setting.config.service_name.is_empty() {
                <p class="kiosk-start__service">{ format!("{} {}", ui.service_prefix(), setting.config.service_name) }</p>
            }
            <p class="lead">{ ui.kiosk_lead() }</p>
            <p class="promise">{ ui.kiosk_nothing_saved() }</p>
            <div class="kiosk-start__languages" role="group" aria-label={ui.kiosk_language().clone()}>
                { language_links(bundle, setting, language, navigator, "button button--secondary") }
            </div>
            <button type="button" class="button kiosk-start__go" onclick={start}>{ ui.kiosk_touch() }</button>
        </main>
    }
}

/// Watches for a quiet screen. After the idle time, a dialog counts down over an opaque backdrop (the page behind
/// is covered, inert and hidden from assistive technology); "I'm still here" goes back, and at zero (or on "Start
/// over") everything is wiped. Reading aloud counts as activity. On the start screen a quiet screen quietly goes
/// back to the kiosk's own language, so the next person does not find the last one's.
#[component]
pub fn KioskIdle() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let setting = use_setting();
    let reset = use_kiosk_reset();
    let started = setting.kiosk_started;
    let other_language = bundle.lang != setting.own_language;
    let idle_ms = f64::from(setting.config.idle_seconds) * 1000.0;
    let countdown = setting.config.countdown_seconds;
    let last_activity = use_memo((), |_| Rc::new(Cell::new(js_sys::Date::now())));
    // Seconds left in the warning, or None when no warning is showing.
    let remaining = use_state(|| None::<u32>);
    let dialog = use_node_ref();

    {
        let last_activity = last_activity.clone();
        let remaining = remaining.clone();
        let reset = reset.clone();
        let takes_update = setting.policy().takes_update_at_reset();
        let key = (idle_ms, countdown, started, other_language, takes_update);
        use_effect_with(key, move |(idle_ms, countdown, started, other_language, takes_update)| {
            let (idle_ms, countdown, started, other_language, takes_update) =
                (*idle_ms, *countdown, *started, *other_language, *takes_update);
            let mut listeners = Vec::new();
            for event in ["pointerdown", "keydown", "touchstart", "wheel", "scroll"] {
                let last_activity = last_activity.clone();
                let remaining = remaining.clone();
                listeners.push(gloo::events::EventListener::new(&gloo::utils::document(), event, move |_| {
                    // Once the warning shows, only its buttons answer it.
                    if remaining.is_none() {
                        last_activity.set(js_sys::Date::now());
                    }
                }));
            }
            last_activity.set(js_sys::Date::now());
            let tick = gloo::timers::callback::Interval::new(250, move || {
                let speaking = web_sys::window().and_then(|w| w.speech_synthesis().ok()).is_some_and(|s| s.speaking());
                if speaking {
                    last_activity.set(js_sys::Date::now());
                }
                let quiet = js_sys::Date::now() - last_activity.get();
                if !started {
                    if quiet >= idle_ms && other_language {
                        reset.emit(());
                    }
                    // Nobody is here: a new release waiting takes over now (a full reload of the start screen).
                    if quiet >= idle_ms && takes_update && crate::platform::offline::update_ready() {
                        crate::platform::offline::take_update();
                    }
                    return;
                }
                if quiet < idle_ms {
                    if remaining.is_some() {
                        remaining.set(None);
                    }
                    return;
                }
                let left = f64::from(countdown) - (quiet - idle_ms) / 1000.0;
                if left <= 0.0 {
                    remaining.set(None);
                    reset.emit(());
                    // The next person starts on the newest release: one waiting takes over now (the reset has
                    // already wiped everything and gone to the start screen, which the reload shows again);
                    // otherwise the server is asked, so the next idle reset can take one.
                    if takes_update && crate::platform::offline::update_ready() {
                        crate::platform::offline::take_update();
                    } else if takes_update {
                        crate::platform::offline::check_for_update();
                    }
                } else {
                    let left = left.ceil() as u32;
                    if *remaining != Some(left) {
                        remaining.set(Some(left));
                    }
                }
            });
            move || {
                drop(tick);
                drop(listeners);
            }
        });
    }

    // Open or close the modal dialog as the warning comes and goes.
    {
        let dialog = dialog.clone();
        use_effect_with(remaining.is_some(), move |showing| crate::platform::modal(&dialog, *showing));
    }

    let still_here = {
        let last_activity = last_activity.clone();
        let remaining = remaining.clone();
        Callback::from(move |_| {
            last_activity.set(js_sys::Date::now());
            remaining.set(None);
        })
    };
    // Escape closes a modal dialog; treat it as "I'm still here".
    let on_cancel = {
        let still_here = still_here.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            still_here.emit(MouseEvent::new("click").expect("a click event"));
        })
    };
    let start_over = Callback::from(move |_| reset.emit(()));
    let seconds = remaining.unwrap_or(countdown);
    html! {
        <dialog class="dialog kiosk-idle" ref={dialog} oncancel={on_cancel} aria-labelledby="idle-title" aria-describedby="idle-body">
            <h2 id="idle-title">{ ui.kiosk_idle_title() }</h2>
            <p id="idle-body" aria-live="polite">
                { if seconds == 1 { ui.kiosk_idle_body_one().clone() } else { ui.kiosk_idle_body().replace("{seconds}", &seconds.to_string()) } }
            </p>
            <p class="kiosk-idle__count" aria-hidden="true">{ seconds }</p>
            <div class="action-row">
                <button type="button" class="button" onclick={still_here}>{ ui.kiosk_still_here() }</button>
                <button type="button" class="button button--secondary" onclick={start_over}>{ ui.kiosk_start_over() }</button>
            </div>
        </dialog>
    }
}
