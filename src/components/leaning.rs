//! "How do you feel about this option?" — not for me / not sure / maybe / leaning towards. Changeable any time.

use crate::components::choice::{choice_group, on_pick, Choice};
use crate::i18n::use_bundle;
use crate::session::summary::leaning_label;
use crate::session::{use_session, Action, Leaning};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeaningPickerProps {
    pub option_id: AttrValue,
    /// Shorter legend for tight places (compare): just the option's name.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn LeaningPicker(props: &LeaningPickerProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let session = use_session();
    let current = session.leanings.get(props.option_id.as_str()).copied();
    let option = bundle.options.iter().find(|o| o.id == props.option_id.as_str());
    let legend = match option {
        Some(option) if props.compact => option.name.clone(),
        Some(option) => ui.leaning_legend().replace("{option}", &option.in_sentence),
        None => String::new(),
    };
    let choices: Vec<Choice> = Leaning::ALL
        .iter()
        .map(|l| Choice { value: l.code().to_string(), label: leaning_label(ui, *l).to_string() })
        .collect();
    let onpick =
        on_pick(&session, &props.option_id, |id, code| Some(Action::SetLeaning(id, Leaning::from_code(code)?)));
    html! {
        { choice_group(format!("lean-{}", props.option_id), html! { legend }, &choices,
                       current.map(|l| l.code().to_string()), onpick,
                       classes!("leaning", props.compact.then_some("leaning--compact")),
                       (!props.compact).then(|| AttrValue::from(ui.leaning_hint().clone()))) }
    }
}
