//! Quick exit (the GOV.UK "Exit this page" pattern, and further): a button that stays in view, a link right after
//! the skip link, and Shift pressed three times. Exit hides everything at once, wipes the answers and anything
//! stored, then replaces this page in the history with a neutral page. On a kiosk it resets to the start screen.

use crate::i18n::{use_bundle, use_language, Language};
use crate::router::use_navigator;
use crate::routes::Route;
use crate::session::setting::{use_setting, SettingAction};
use crate::session::{storage, use_session, Action};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Shift presses further apart than this start the count again.
const SHIFT_WINDOW_MS: f64 = 5_000.0;

/// Clears everything and goes back to the kiosk start screen, as if nobody had been here.
#[hook]
pub fn use_kiosk_reset() -> Callback<()> {
    let session = use_session();
    let setting = use_setting();
    let navigator = use_navigator();
    let language = use_language();
    Callback::from(move |_| {
        session.dispatch(Action::Clear);
        if let Some(language) = &language {
            // Back to the language the kiosk was started in (its content is always loaded).
            language.set(Language::of(&crate::app::start_language()));
        }
        storage::forget_all();
        setting.dispatch(SettingAction::ResetKiosk);
        if let Some(navigator) = &navigator {
            navigator.replace(&Route::Start);
        }
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    })
}

/// Leaves now, as the setting says.
#[hook]
pub fn use_exit() -> Callback<()> {
    let session = use_session();
    let setting = use_setting();
    let reset = use_kiosk_reset();
    Callback::from(move |_| {
        if setting.policy().exit_resets() {
            reset.emit(());
            return;
        }
        // Hide first, so nothing stays on screen while the neutral page loads.
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.class_list().add_1("exiting");
        }
        session.dispatch(Action::Clear);
        setting.dispatch(SettingAction::SetRemember(false));
        storage::forget_all();
        if let Some(window) = web_sys::window() {
            // replace(), not assign(): Back does not return here.
            let _ = window.location().replace(&setting.config.exit_url);
        }
    })
}

/// The exit button (always in view) and the Shift ×3 shortcut, with a live message counting down.
#[component]
pub fn QuickExit() -> Html {
    let ui = &use_bundle().ui;
    let exit = use_exit();
    let presses = use_memo((), |_| Rc::new((Cell::new(0u32), Cell::new(0f64))));
    let message = use_state(String::new);

    {
        let exit = exit.clone();
        let presses = presses.clone();
        let message = message.clone();
        let (two, one) = (ui.exit_shift_two().clone(), ui.exit_shift_one().clone());
        use_effect_with((), move |_| {
            // A press counts when Shift goes up with no other key pressed meanwhile, so typing capitals
            // (Shift held while a letter is typed) never counts.
            let clean = Rc::new(Cell::new(false));
            let down = {
                let clean = clean.clone();
                let presses = presses.clone();
                let message = message.clone();
                gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                    let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event) else { return };
                    if event.key() == "Shift" {
                        if !event.repeat() {
                            clean.set(true);
                        }
                    } else {
                        clean.set(false);
                        presses.0.set(0);
                        message.set(String::new());
                    }
                })
            };
            let up = gloo::events::EventListener::new(&gloo::utils::document(), "keyup", move |event| {
                let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event) else { return };
                if event.key() != "Shift" || !clean.replace(false) {
                    return;
                }
                let (count, last) = (&presses.0, &presses.1);
                let now = js_sys::Date::now();
                let next = if now - last.get() <= SHIFT_WINDOW_MS { count.get() + 1 } else { 1 };
                last.set(now);
                count.set(next);
                match next {
                    1 => message.set(two.clone()),
                    2 => message.set(one.clone()),
                    _ => {
                        count.set(0);
                        message.set(String::new());
                        exit.emit(());
                    }
                }
            });
            move || {
                drop(down);
                drop(up);
            }
        });
    }

    let onclick = {
        let exit = exit.clone();
        Callback::from(move |_| exit.emit(()))
    };
    html! {
        <>
            <div class="quick-exit">
                <button type="button" class="quick-exit__button" {onclick}>{ ui.exit_button() }</button>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{ (*message).clone() }</p>
        </>
    }
}

/// The secondary exit link, right after the skip link.
#[component]
pub fn ExitLink() -> Html {
    let ui = &use_bundle().ui;
    let setting = use_setting();
    let exit = use_exit();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        exit.emit(());
    });
    html! {
        <a class="skip-link exit-link" href={setting.config.exit_url.clone()} {onclick}>{ ui.exit_link() }</a>
    }
}
