//! "Remember on this device", "forget everything" and "leave no pages in my history", offered where the setting
//! allows it (`Policy::may_offer_remember`), and the quick exit's first-page tip beside the exit bar.

use crate::components::callback;
use crate::components::choice::{choice_group, Choice};
use crate::content::Ui;
use crate::session::setting::{SettingAction, SettingHandle};
use crate::session::{keeping, Session};
use yew::prelude::*;

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
    let selected = Some(if setting.remember { "on" } else { "off" }.to_string());
    html! {
        <section class="remember no-print" aria-labelledby="remember-heading">
            <h2 id="remember-heading">{ ui.remember_heading() }</h2>
            <p>{ ui.remember_body() }</p>
            { choice_group("remember".into(), html! { <span class="visually-hidden">{ ui.remember_heading() }</span> }, &choices,
                           selected, onpick, Classes::new(),
                           Some(AttrValue::from(if setting.remember { ui.remember_is_on().clone() } else { ui.remember_is_off().clone() }))) }
            <button type="button" class="button button--secondary" onclick={forget}>{ ui.forget_button() }</button>
            { no_history_control(ui, setting) }
        </section>
    }
}

/// "Leave no pages in my history", where the setting offers it: with "remember", beside the start page's privacy
/// promise (issue 25: where it matters, not only at the bottom of /summary) and in the exit tip ([`exit_tip`]).
pub fn no_history_control(ui: &Ui, setting: &SettingHandle) -> Html {
    if !setting.policy().may_offer_remember() {
        return html! {};
    }
    html! {
        <>
            <p class="no-history no-print">
                <input type="checkbox" id="no-history" checked={setting.no_history} onchange={no_history_toggle(setting)}
                       aria-describedby="no-history-hint" />
                <label for="no-history">{ ui.no_history_label() }</label>
            </p>
            <p id="no-history-hint" class="muted no-print">{ ui.no_history_hint() }</p>
        </>
    }
}

fn no_history_toggle(setting: &SettingHandle) -> Callback<Event> {
    let on = !setting.no_history;
    callback::dispatch(setting, move || SettingAction::SetNoHistory(on))
}

/// The first page of a visit at home, just under the exit bar: how the quick exit works, and "Leave no pages in my
/// history" beside it. Someone who lands on a deep page from a search never sees the start page's privacy note,
/// and Back after an exit would walk through what they read. Short on a phone: what the choice costs is one tap
/// away. It goes once they move on or say "Got it". Not on the pages that offer the control themselves
/// (`has_control`: the start page's privacy note, /privacy, /summary), and not on a kiosk or in a session, which
/// replace history anyway.
pub fn exit_tip(ui: &Ui, setting: &SettingHandle, has_control: bool, open: &UseStateHandle<bool>) -> Html {
    if !**open || has_control || !setting.policy().may_offer_remember() {
        return html! {};
    }
    let close = callback::set(open, false);
    html! {
        <aside class="exit-tip no-print" aria-labelledby="exit-tip-text">
            <div class="exit-tip__box">
                <p id="exit-tip-text">{ ui.exit_tip_text() }</p>
                <p class="no-history">
                    <input type="checkbox" id="no-history-tip" checked={setting.no_history}
                           onchange={no_history_toggle(setting)} aria-describedby="no-history-tip-hint" />
                    <label for="no-history-tip">{ ui.no_history_label() }</label>
                </p>
                <div class="exit-tip__foot">
                    <details>
                        <summary>{ ui.exit_tip_more() }</summary>
                        <p id="no-history-tip-hint" class="muted">{ ui.no_history_hint() }</p>
                    </details>
                    <button type="button" class="link-button" onclick={close}>{ ui.exit_tip_done() }</button>
                </div>
            </div>
        </aside>
    }
}
