//! Shared form pieces: a group of radio buttons shown as large buttons, the callbacks that turn a pick or a tick
//! into a session action, a one-line "add your own" form and the list of what the person added.

use crate::session::{Action, Session};
use yew::prelude::*;

/// A choice group's callback: the picked value, read by `action` together with the item's id, is sent to the
/// session; a value that does not read is ignored. (One function for every group, as Yew's function_todomvc
/// example does with `make_callback`; a plain `fn`, so the wasm holds one copy.)
pub fn on_pick(session: &Session, id: &str, action: fn(String, &str) -> Option<Action>) -> Callback<String> {
    let (session, id) = (session.clone(), id.to_string());
    Callback::from(move |value: String| {
        if let Some(action) = action(id.clone(), &value) {
            session.dispatch(action);
        }
    })
}

/// A checkbox's callback: the action for the item's id (such as `Action::ToggleStep`), sent to the session.
pub fn on_toggle(session: &Session, id: &str, action: fn(String) -> Action) -> Callback<Event> {
    let (session, id) = (session.clone(), id.to_string());
    Callback::from(move |_: Event| session.dispatch(action(id.clone())))
}

/// One choice: the id suffix (unique within the group) and its label.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Radio buttons, so the keyboard, screen readers and touch all work as people expect; never a drag-only slider.
/// `name` prefixes the element ids and names the radio group (e.g. "lean-taper"); `selected` is the value picked,
/// if any; `hint` is shown under the choices. (A plain function: it held no state, and each component type costs
/// about 1 KB of wasm; its callbacks changed on every render, so it never skipped one.)
pub fn choice_group(
    name: String,
    legend: Html,
    choices: &[Choice],
    selected: Option<String>,
    onpick: Callback<String>,
    class: Classes,
    hint: Option<AttrValue>,
) -> Html {
    html! {
        <fieldset class={classes!("choice-group", class)}>
            <legend>{ legend }</legend>
            <div class="choice-group__choices">
                { for choices.iter().map(|choice| {
                    let id = format!("{name}-{}", choice.value);
                    let onchange = {
                        let onpick = onpick.clone();
                        let value = choice.value.clone();
                        Callback::from(move |_: Event| onpick.emit(value.clone()))
                    };
                    html! {
                        <span class="choice">
                            <input type="radio" id={id.clone()} name={name.clone()}
                                   checked={selected.as_deref() == Some(choice.value.as_str())} {onchange} />
                            <label for={id}>{ &choice.label }</label>
                        </span>
                    }
                }) }
            </div>
            if let Some(hint) = hint {
                <p class="choice-group__hint">{ hint }</p>
            }
        </fieldset>
    }
}

/// A callback that sends the value it gets as the session action `action` (such as `Action::AddOwnStep`).
pub fn on_value<T: 'static>(session: &Session, action: fn(T) -> Action) -> Callback<T> {
    let session = session.clone();
    Callback::from(move |value: T| session.dispatch(action(value)))
}

/// The person's own steps or questions, each with a "Remove" button (`remove` is the action for its place in the
/// list). `affirm` follows each item when given (on /steps); `class` adds to the list's classes.
pub fn own_list(
    session: &Session,
    items: &[String],
    remove: fn(usize) -> Action,
    remove_word: &str,
    affirm: Option<&str>,
    class: &'static str,
) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <ul class={classes!("own-list", class)}>
            { for items.iter().enumerate().map(|(i, text)| {
                let session = session.clone();
                let onclick = Callback::from(move |_| session.dispatch(remove(i)));
                html! {
                // Spaces between the parts, so a screen reader (and a copy) never runs the words together.
                <li class="own-item">
                    <span class="own-item__text">
                        { text }
                        if let Some(affirm) = affirm {
                            { " " }<span class="step__affirm">{ affirm }</span>
                        }
                    </span>
                    { " " }
                    <button type="button" class="link-button" {onclick}
                            aria-label={format!("{remove_word} {text}")}>{ remove_word }</button>
                </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct OwnTextFormProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub button: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub onadd: Callback<String>,
}

/// A labelled text field with an "add" button; the field empties after each addition.
#[component]
pub fn OwnTextForm(props: &OwnTextFormProps) -> Html {
    let input = use_node_ref();
    let onsubmit = {
        let input = input.clone();
        let onadd = props.onadd.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                onadd.emit(field.value());
                field.set_value("");
            }
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <form class="own-form no-print" {onsubmit}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="choice-group__hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <div class="own-form__row">
                <input id={props.id.clone()} type="text" ref={input} maxlength="300" autocomplete="off"
                       aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())} />
                <button type="submit" class="button">{ props.button.clone() }</button>
            </div>
        </form>
    }
}
