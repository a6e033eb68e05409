//! This browser's storage, at the edge: reading, writing and removing one key, and removing every key with a
//! prefix. What is kept, in what format and when (the policy) is decided above: `session/storage.rs` and
//! `session/keeping.rs`.

/// Why storage could not be used.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// The browser refuses storage (private mode, a setting, no window).
    Blocked,
    /// The storage is full.
    Full,
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value kept under a key in local storage, or none.
pub fn get(key: &str) -> Result<Option<String>, Problem> {
    local().ok_or(Problem::Blocked)?.get_item(key).map_err(|_| Problem::Blocked)
}

/// Keeps a value under a key in local storage.
pub fn set(key: &str, value: &str) -> Result<(), Problem> {
    local().ok_or(Problem::Blocked)?.set_item(key, value).map_err(|_| Problem::Full)
}

/// Removes a key from local storage (nothing to do when storage is blocked).
pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// Removes every key that starts with `prefix`, from local and session storage.
pub fn remove_all(prefix: &str) {
    let Some(window) = web_sys::window() else { return };
    for storage in [window.local_storage(), window.session_storage()].into_iter().filter_map(|s| s.ok().flatten()) {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}
