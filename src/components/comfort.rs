//! Reading comfort, on every page: language, text size and high contrast. Kept on this device only when the
//! person chose "remember" (the storage policy), like everything else.

use crate::content::Bundle;
use crate::i18n::{language_name, languages, switch_language, LanguageHandle};
use crate::session::setting::{SettingAction, SettingHandle, TEXT_SIZES};
use yew::prelude::*;

/// (Plain functions, not components: each component type costs about 1 KB of wasm.)
pub fn comfort_bar(bundle: &Bundle, setting: &SettingHandle, language: &Option<LanguageHandle>) -> Html {
    let ui = &bundle.ui;
    let offered = offered_languages(&setting.config.languages);
    let size_labels = [ui.text_size_standard(), ui.text_size_large(), ui.text_size_larger()];

    html! {
        <div class="comfort no-print">
            <div class="comfort__inner">
                if offered.len() > 1 {
                    <div class="comfort__group" role="group" aria-label={ui.language_label().clone()}>
                        <span class="comfort__label" aria-hidden="true">{ ui.language_label() }</span>
                        { language_buttons(bundle, setting, language, "comfort__button") }
                    </div>
                }
                <div class="comfort__group" role="group" aria-label={ui.text_size_label().clone()}>
                    <span class="comfort__label" aria-hidden="true">{ ui.text_size_label() }</span>
                    { for (0..TEXT_SIZES).map(|size| {
                        let onclick = {
                            let setting = setting.clone();
                            Callback::from(move |_| setting.dispatch(SettingAction::SetTextSize(size)))
                        };
                        html! {
                            <button type="button" class={classes!("comfort__button", format!("comfort__size-{size}"))}
                                    aria-pressed={(setting.text_size == size).to_string()} {onclick}>
                                { size_labels[usize::from(size)] }
                            </button>
                        }
                    }) }
                </div>
                <div class="comfort__group">
                    <button type="button" class="comfort__button" aria-pressed={setting.high_contrast.to_string()}
                            onclick={{
                                let setting = setting.clone();
                                let on = !setting.high_contrast;
                                Callback::from(move |_| setting.dispatch(SettingAction::SetContrast(on)))
                            }}>
                        { ui.high_contrast() }
                    </button>
                </div>
            </div>
        </div>
    }
}

/// The languages this build has and the site offers.
pub fn offered_languages(configured: &[String]) -> Vec<&'static str> {
    languages().into_iter().filter(|l| configured.iter().any(|c| c == l)).collect()
}

/// One button per offered language, each named in its own language; the current one is pressed.
pub fn language_buttons(
    bundle: &Bundle,
    setting: &SettingHandle,
    language: &Option<LanguageHandle>,
    class: &'static str,
) -> Html {
    html! {
        { for offered_languages(&setting.config.languages).into_iter().map(|code| {
            let onclick = {
                let (language, setting) = (language.clone(), setting.clone());
                Callback::from(move |_| {
                    if let Some(language) = &language {
                        switch_language(language, &setting, code);
                    }
                })
            };
            html! {
                <button type="button" {class} lang={code}
                        aria-pressed={(code == bundle.lang).to_string()} {onclick}>{ language_name(code) }</button>
            }
        }) }
    }
}
