//! "Remember on this device", "forget everything" and "leave no pages in my history", offered where the setting
//! allows it (`Policy::may_offer_remember`).

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

/// "Leave no pages in my history", where the setting offers it: with "remember", and beside the start page's
/// privacy promise (issue 25: where it matters, not only at the bottom of /summary).
pub fn no_history_control(ui: &Ui, setting: &SettingHandle) -> Html {
    if !setting.policy().may_offer_remember() {
        return html! {};
    }
    let no_history = {
        let setting = setting.clone();
        let on = !setting.no_history;
        Callback::from(move |_: Event| setting.dispatch(SettingAction::SetNoHistory(on)))
    };
    html! {
        <>
            <p class="no-history no-print">
                <input type="checkbox" id="no-history" checked={setting.no_history} onchange={no_history}
                       aria-describedby="no-history-hint" />
                <label for="no-history">{ ui.no_history_label() }</label>
            </p>
            <p id="no-history-hint" class="muted no-print">{ ui.no_history_hint() }</p>
        </>
    }
}
