//! "How do you feel about this option?" — not for me / not sure / maybe / leaning towards. Changeable any time.

use crate::i18n::use_bundle;
use crate::session::summary::leaning_label;
use crate::session::{use_session, Action, Leaning};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeaningPickerProps {
    pub option_id: AttrValue,
    pub option_name: AttrValue,
    /// Shorter legend for tight places (compare): just the option's name.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn LeaningPicker(props: &LeaningPickerProps) -> Html {
    let ui = &use_bundle().ui;
    let session = use_session();
    let current = session.leanings.get(props.option_id.as_str()).copied();
    let legend = if props.compact {
        props.option_name.to_string()
    } else {
        ui.leaning_legend.replace("{option}", &props.option_name.to_lowercase())
    };
    html! {
        <fieldset class={classes!("choice-group", "leaning", props.compact.then_some("leaning--compact"))}>
            <legend>{ legend }</legend>
            <div class="choice-group__choices">
                { for Leaning::ALL.iter().map(|leaning| {
                    let leaning = *leaning;
                    let id = format!("lean-{}-{}", props.option_id, leaning.code());
                    let onchange = {
                        let session = session.clone();
                        let option = props.option_id.to_string();
                        Callback::from(move |_: Event| session.dispatch(Action::SetLeaning(option.clone(), leaning)))
                    };
                    html! {
                        <span class="choice">
                            <input type="radio" {id} name={format!("lean-{}", props.option_id)}
                                   checked={current == Some(leaning)} {onchange} />
                            <label for={format!("lean-{}-{}", props.option_id, leaning.code())}>
                                { leaning_label(ui, leaning) }
                            </label>
                        </span>
                    }
                }) }
            </div>
            if !props.compact {
                <p class="choice-group__hint">{ &ui.leaning_hint }</p>
            }
        </fieldset>
    }
}
