//! The offline copy: the worker the build writes (`sw.js`, see `prerender.rs`) keeps the app's own files on this
//! device. Here, the few browser actions around it: register it, notice a new release waiting to take over, let
//! it take over, and remove the copy. Nothing here sends anything anywhere; the worker only fetches our files.

/// The message a page sends the waiting worker of a new release so it takes over now (the worker's script
/// listens for it).
pub const TAKE_UPDATE: &str = "ownpath-take-update";
/// The caches the worker fills start with this: its files, and the site's own site.json.
pub const CACHE_PREFIX: &str = "ownpath-";
/// Set on `<html>` when a new release waits (for the notice, the kiosk, and tests).
pub const UPDATE_ATTRIBUTE: &str = "data-update";
/// Sent on the document when a new release starts waiting.
pub const UPDATE_EVENT: &str = "ownpath-update";
/// How often an open page asks the server whether there is a new release (a page that is never reloaded, such
/// as a kiosk, would otherwise never hear of one).
#[cfg(target_arch = "wasm32")]
const CHECK_EVERY_MS: u32 = 30 * 60 * 1000;

/// Whether a new release is waiting to take over.
pub fn update_ready() -> bool {
    cfg!(target_arch = "wasm32")
        && gloo::utils::document()
            .document_element()
            .is_some_and(|root| root.get_attribute(UPDATE_ATTRIBUTE).as_deref() == Some("ready"))
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    fn container() -> Option<web_sys::ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Browsers without workers (or with them off) have no `serviceWorker`.
        js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
    }

    async fn registration() -> Option<web_sys::ServiceWorkerRegistration> {
        let found = JsFuture::from(container()?.get_registration()).await.ok()?;
        found.dyn_into().ok()
    }

    fn mark_ready() {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            if !root.has_attribute(UPDATE_ATTRIBUTE) {
                let _ = root.set_attribute(UPDATE_ATTRIBUTE, "ready");
                if let Ok(event) = web_sys::Event::new(UPDATE_EVENT) {
                    let _ = document.dispatch_event(&event);
                }
            }
        }
    }

    /// A worker that has installed while another controls the page is a new release waiting.
    fn watch(registration: &web_sys::ServiceWorkerRegistration) {
        let controlled = || container().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && controlled() {
            mark_ready();
        }
        let inner = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = inner.installing() else { return };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    mark_ready();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    }

    pub fn start() {
        let Some(container) = container() else { return };
        let promise = container.register("sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            // Failure is quiet: the app works the same online.
            let Ok(registration) = JsFuture::from(promise).await else { return };
            let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
            watch(&registration);
            gloo::timers::callback::Interval::new(CHECK_EVERY_MS, check_for_update).forget();
        });
    }

    pub fn check_for_update() {
        wasm_bindgen_futures::spawn_local(async {
            if let Some(registration) = registration().await {
                if let Ok(promise) = registration.update() {
                    let _ = JsFuture::from(promise).await;
                }
            }
        });
    }

    pub fn take_update() {
        // Once: the kiosk's idle watch may ask again before the new worker has taken over.
        if !update_ready() {
            return;
        }
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute(UPDATE_ATTRIBUTE, "taking");
        }
        wasm_bindgen_futures::spawn_local(async {
            let Some(registration) = registration().await else { return };
            let (Some(waiting), Some(container)) = (registration.waiting(), container()) else { return };
            // The new worker takes over, then the page loads again from it (at the address it is at now).
            let reload = Closure::once_into_js(|| {
                let _ = gloo::utils::window().location().reload();
            });
            let _ = container.add_event_listener_with_callback("controllerchange", reload.unchecked_ref());
            let _ = waiting.post_message(&TAKE_UPDATE.into());
        });
    }

    pub async fn has_copy() -> bool {
        if registration().await.is_some() {
            return true;
        }
        !cache_names().await.is_empty()
    }

    async fn cache_names() -> Vec<String> {
        let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else { return Vec::new() };
        let Ok(keys) = JsFuture::from(caches.keys()).await else { return Vec::new() };
        js_sys::Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .filter(|k| k.starts_with(CACHE_PREFIX))
            .collect()
    }

    pub async fn remove_copy() -> bool {
        let mut removed = true;
        if let Some(registration) = registration().await {
            removed &= match registration.unregister() {
                Ok(promise) => JsFuture::from(promise).await.is_ok(),
                Err(_) => false,
            };
        }
        if let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) {
            for name in cache_names().await {
                removed &= JsFuture::from(caches.delete(&name)).await.is_ok();
            }
        }
        removed && cache_names().await.is_empty()
    }
}

/// Registers the worker, and watches for a new release (the server is asked again now and then).
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    browser::start();
}

/// Asks the server now whether there is a new release (a kiosk does at each idle reset).
pub fn check_for_update() {
    #[cfg(target_arch = "wasm32")]
    browser::check_for_update();
}

/// Lets the waiting release take over, then reloads the page from it.
pub fn take_update() {
    #[cfg(target_arch = "wasm32")]
    browser::take_update();
}

/// Whether this device holds the offline copy (a registered worker or its files).
pub async fn has_copy() -> bool {
    #[cfg(target_arch = "wasm32")]
    return browser::has_copy().await;
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Removes the worker and every file it kept. True when nothing is left.
pub async fn remove_copy() -> bool {
    #[cfg(target_arch = "wasm32")]
    return browser::remove_copy().await;
    #[cfg(not(target_arch = "wasm32"))]
    true
}
