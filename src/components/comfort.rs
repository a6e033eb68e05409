//! Reading comfort, on every page: language, text size and high contrast. Kept on this device only when the
//! person chose "remember" (the storage policy), like everything else.

use crate::i18n::{language_name, languages, switch_language, use_bundle, use_language};
use crate::session::setting::{use_setting, SettingAction, TEXT_SIZES};
use yew::prelude::*;

#[component]
pub fn ComfortBar() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let setting = use_setting();
    let offered = offered_languages(&setting.config.languages);
    let size_labels = [ui.text_size_standard(), ui.text_size_large(), ui.text_size_larger()];

    html! {
        <div class="comfort no-print">
            <div class="comfort__inner">
                if offered.len() > 1 {
                    <div class="comfort__group" role="group" aria-label={ui.language_label().clone()}>
                        <span class="comfort__label" aria-hidden="true">{ ui.language_label() }</span>
                        <LanguageButtons class="comfort__button" />
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

#[derive(Properties, PartialEq)]
pub struct LanguageButtonsProps {
    pub class: Classes,
}

/// One button per offered language, each named in its own language; the current one is pressed.
#[component]
pub fn LanguageButtons(props: &LanguageButtonsProps) -> Html {
    let bundle = use_bundle();
    let setting = use_setting();
    let language = use_language();
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
                <button type="button" class={props.class.clone()} lang={code}
                        aria-pressed={(code == bundle.lang).to_string()} {onclick}>{ language_name(code) }</button>
            }
        }) }
    }
}
