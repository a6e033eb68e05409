//! Reading comfort, on every page, folded into one "Display" control in the header: language, text size and high
//! contrast. A disclosure button opens a small panel under the header (it pushes the page down, so it never covers
//! anything); Escape closes it and puts focus back on the button. Kept on this device only when the person chose
//! "remember" (the storage policy), like everything else.

use crate::components::callback;
use crate::components::link::take_plain_click;
use crate::content::Bundle;
use crate::i18n::{language_name, languages, switch_language, LanguageHandle};
use crate::router::Navigator;
use crate::session::setting::{language_unavailable, SettingAction, SettingHandle, TEXT_SIZES};
use yew::prelude::*;

/// The panel's id, named by the button's `aria-controls`.
pub const DISPLAY_PANEL_ID: &str = "display-panel";

/// Closes the panel on Escape and gives focus back to its button.
pub fn close_on_escape(open: &UseStateHandle<bool>, button: &NodeRef) -> Callback<KeyboardEvent> {
    let (open, button) = (open.clone(), button.clone());
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" && *open {
            e.prevent_default();
            open.set(false);
            if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        }
    })
}

/// The "Display" button (goes in the header row).
pub fn display_button(ui: &crate::content::Ui, open: &UseStateHandle<bool>, button: &NodeRef) -> Html {
    let toggle = callback::toggle(open);
    html! {
        <button type="button" class="display-button" ref={button.clone()} aria-expanded={open.to_string()}
                aria-controls={DISPLAY_PANEL_ID} onclick={toggle} onkeydown={close_on_escape(open, button)}>
            { ui.display_button() }
        </button>
    }
}

/// The panel the button opens: language, text size and contrast. (Plain functions, not components: each component
/// type costs about 1 KB of wasm.)
pub fn display_panel(
    bundle: &Bundle,
    setting: &SettingHandle,
    language: &Option<LanguageHandle>,
    navigator: &Option<Navigator>,
    open: &UseStateHandle<bool>,
    button: &NodeRef,
) -> Html {
    let ui = &bundle.ui;
    let offered = offered_languages(&setting.config.languages);
    let size_labels = [ui.text_size_standard(), ui.text_size_large(), ui.text_size_larger()];
    let group = |label: &String, body: Html| {
        html! {
            <div class="comfort__group" role="group" aria-label={label.clone()}>
                <span class="comfort__label" aria-hidden="true">{ label }</span>
                { body }
            </div>
        }
    };

    html! {
        <div id={DISPLAY_PANEL_ID} class="comfort no-print" hidden={!**open} onkeydown={close_on_escape(open, button)}>
            <div class="comfort__inner">
                if offered.len() > 1 {
                    { group(ui.language_label(), language_links(bundle, setting, language, navigator, "comfort__button")) }
                }
                { group(ui.text_size_label(), html! {
                    { for (0..TEXT_SIZES).map(|size| {
                        let onclick = callback::dispatch(setting, move || SettingAction::SetTextSize(size));
                        html! {
                            <button type="button" class={classes!("comfort__button", format!("comfort__size-{size}"))}
                                    aria-pressed={(setting.text_size == size).to_string()} {onclick}>
                                { size_labels[usize::from(size)] }
                            </button>
                        }
                    }) }
                }) }
                { group(ui.contrast_label(), html! {
                    <button type="button" class="comfort__button comfort__contrast"
                            aria-pressed={setting.high_contrast.to_string()}
                            onclick={{
                                let on = !setting.high_contrast;
                                callback::dispatch(setting, move || SettingAction::SetContrast(on))
                            }}>
                        { ui.high_contrast() }
                    </button>
                }) }
                if !setting.policy().shared_screen() {
                    { crate::components::offline::offline_copy(&bundle.ui, true) }
                }
            </div>
        </div>
    }
}

/// The languages this build has and the site offers.
pub fn offered_languages(configured: &[String]) -> Vec<&'static str> {
    languages().into_iter().filter(|l| configured.iter().any(|c| c == l)).collect()
}

/// One link per offered language, each named in its own language, to this page in that language: a plain link
/// before the wasm and without JavaScript; with the app up, a plain click switches in place and keeps the person's
/// answers (the address follows, see `router.rs`). The current one is marked.
pub fn language_links(
    bundle: &Bundle,
    setting: &SettingHandle,
    language: &Option<LanguageHandle>,
    navigator: &Option<Navigator>,
    class: &'static str,
) -> Html {
    let route = navigator.as_ref().map(Navigator::route);
    html! {
        { for offered_languages(&setting.config.languages).into_iter().map(|code| {
            let href = navigator.as_ref().zip(route.as_ref()).map(|(nav, route)| nav.href_in(route, code));
            let onclick = {
                let (language, setting) = (language.clone(), setting.clone());
                Callback::from(move |e: MouseEvent| {
                    if let Some(language) = language.as_ref().filter(|_| take_plain_click(&e)) {
                        switch_language(language, code, language_unavailable(&setting));
                    }
                })
            };
            let current = (code == bundle.lang).then_some("true");
            html! {
                <a {href} {class} lang={code} hreflang={code} aria-current={current} {onclick}>{ language_name(code) }</a>
            }
        }) }
    }
}
