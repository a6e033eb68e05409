//! Reading a section aloud with a voice that runs on this device.

use crate::i18n::use_bundle;
use yew::prelude::*;

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
