//! The callback shapes the pages repeat, each written once (as Yew's todomvc example does with `make_callback`):
//! the handle is cloned into the callback and the event is not needed. The answers' own callbacks (a pick, a
//! checkbox, a typed item) are in `choice.rs`.

use crate::platform::modal;
use yew::prelude::*;

/// Sends an action to a reducer (the setting, the session) on any event.
pub fn dispatch<E, R>(handle: &UseReducerHandle<R>, action: impl Fn() -> R::Action + 'static) -> Callback<E>
where
    R: Reducible + 'static,
{
    let handle = handle.clone();
    Callback::from(move |_| handle.dispatch(action()))
}

/// Sets a state to a value on any event.
pub fn set<E, T: Clone + 'static>(state: &UseStateHandle<T>, value: T) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |_| state.set(value.clone()))
}

/// Flips a yes-or-no state (a menu or panel open or closed) on any event.
pub fn toggle<E>(state: &UseStateHandle<bool>) -> Callback<E> {
    set(state, !**state)
}

/// Opens or closes a modal dialog on any event.
pub fn show_modal<E>(dialog: &NodeRef, open: bool) -> Callback<E> {
    let dialog = dialog.clone();
    Callback::from(move |_| modal(&dialog, open))
}
