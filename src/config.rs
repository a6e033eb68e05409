//! The deployer's settings: `site.json` beside `index.html`, read once at start by a same-origin GET.
//! Missing fields take their defaults; an unreadable file falls back to all defaults, says why on the console
//! and shows a short notice for whoever runs the service.

use crate::content::Contact;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultMode {
    Home,
    Kiosk,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SiteConfig {
    /// Shown beside the product name, e.g. the clinic's name. Empty: nothing shown.
    pub service_name: String,
    /// Replaces the crisis contacts in the content when not empty.
    pub contacts: Vec<Contact>,
    /// Where quick exit goes (relative to the app root, or a full address).
    pub exit_url: String,
    pub default_mode: DefaultMode,
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub kiosk_print: bool,
    pub languages: Vec<String>,
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            service_name: String::new(),
            contacts: Vec::new(),
            exit_url: "neutral.html".into(),
            default_mode: DefaultMode::Home,
            idle_seconds: 120,
            countdown_seconds: 30,
            kiosk_print: false,
            languages: vec!["en".into(), "es".into()],
        }
    }
}

/// The file's name, beside index.html.
pub const SITE_FILE: &str = "site.json";

/// A field of the site file, already parsed as JSON by the browser.
pub trait JsonValue {
    fn field(&self, name: &str) -> Option<Self>
    where
        Self: Sized;
    fn as_str(&self) -> Option<String>;
    fn as_f64(&self) -> Option<f64>;
    fn as_bool(&self) -> Option<bool>;
    fn as_array(&self) -> Option<Vec<Self>>
    where
        Self: Sized;
    fn is_object(&self) -> bool;
}

/// Reads the settings from the parsed JSON. Any wrong field makes the whole file invalid, so a typo never
/// half-applies: the message names the field.
pub fn from_json<J: JsonValue>(json: &J) -> Result<SiteConfig, String> {
    if !json.is_object() {
        return Err("the file must hold one JSON object { … }".into());
    }
    let mut config = SiteConfig::default();
    let text = |name: &str| -> Result<Option<String>, String> {
        match json.field(name) {
            None => Ok(None),
            Some(v) => v.as_str().map(Some).ok_or_else(|| format!("\"{name}\" must be text")),
        }
    };
    // Whole seconds only.
    let seconds = |name: &str, min: u32, max: u32| -> Result<Option<u32>, String> {
        match json.field(name) {
            None => Ok(None),
            Some(v) => match v.as_f64() {
                Some(n) if n.fract() == 0.0 && n >= f64::from(min) && n <= f64::from(max) => Ok(Some(n as u32)),
                _ => Err(format!("\"{name}\" must be a whole number of seconds from {min} to {max}")),
            },
        }
    };
    if let Some(name) = text("service_name")? {
        config.service_name = name.trim().chars().take(80).collect();
    }
    if let Some(url) = text("exit_url")? {
        let url = url.trim().to_string();
        let lower = url.to_ascii_lowercase();
        if url.is_empty() || lower.starts_with("javascript:") || lower.starts_with("data:") {
            return Err("\"exit_url\" must be a web address or a file beside index.html".into());
        }
        config.exit_url = url;
    }
    if let Some(mode) = text("default_mode")? {
        config.default_mode = match mode.as_str() {
            "home" => DefaultMode::Home,
            "kiosk" => DefaultMode::Kiosk,
            _ => return Err("\"default_mode\" must be \"home\" or \"kiosk\"".into()),
        };
    }
    if let Some(n) = seconds("idle_seconds", 3, 3600)? {
        config.idle_seconds = n;
    }
    if let Some(n) = seconds("countdown_seconds", 3, 300)? {
        config.countdown_seconds = n;
    }
    if let Some(v) = json.field("kiosk_print") {
        config.kiosk_print = v.as_bool().ok_or("\"kiosk_print\" must be true or false")?;
    }
    if let Some(v) = json.field("languages") {
        let list = v.as_array().ok_or("\"languages\" must be a list like [\"en\"]")?;
        let langs: Option<Vec<String>> = list.iter().map(|l| l.as_str()).collect();
        let langs = langs.filter(|l| !l.is_empty()).ok_or("\"languages\" must be a list of language codes")?;
        config.languages = langs;
    }
    if let Some(v) = json.field("contacts") {
        let list = v.as_array().ok_or("\"contacts\" must be a list")?;
        for (i, item) in list.iter().enumerate() {
            let get = |name: &str, required: bool| -> Result<Option<String>, String> {
                match item.field(name).and_then(|f| f.as_str()) {
                    Some(s) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
                    _ if required => Err(format!("contacts[{i}] needs \"{name}\" as text")),
                    _ => Ok(None),
                }
            };
            config.contacts.push(Contact {
                name: get("name", true)?.unwrap_or_default(),
                phone: get("phone", true)?.unwrap_or_default(),
                text_number: get("text_number", false)?,
                hours: get("hours", false)?.unwrap_or_default(),
                description: get("description", false)?.unwrap_or_default(),
            });
        }
    }
    Ok(config)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use wasm_bindgen::{JsCast, JsValue};

    impl JsonValue for JsValue {
        fn field(&self, name: &str) -> Option<Self> {
            let v = js_sys::Reflect::get(self, &JsValue::from_str(name)).ok()?;
            (!v.is_undefined() && !v.is_null()).then_some(v)
        }
        fn as_str(&self) -> Option<String> {
            self.as_string()
        }
        fn as_f64(&self) -> Option<f64> {
            JsValue::as_f64(self)
        }
        fn as_bool(&self) -> Option<bool> {
            JsValue::as_bool(self)
        }
        fn as_array(&self) -> Option<Vec<Self>> {
            self.dyn_ref::<js_sys::Array>().map(|a| a.iter().collect())
        }
        fn is_object(&self) -> bool {
            self.is_object() && !js_sys::Array::is_array(self)
        }
    }

    /// What loading the site file gave: the settings, and a problem to report if the file was unusable.
    pub async fn load() -> (SiteConfig, Option<String>) {
        match fetch_text().await {
            Ok(None) => (SiteConfig::default(), None),
            Ok(Some(text)) => match js_sys::JSON::parse(&text) {
                Ok(json) => match from_json(&json) {
                    Ok(config) => (config, None),
                    Err(problem) => (SiteConfig::default(), Some(problem)),
                },
                Err(_) => (SiteConfig::default(), Some("it is not valid JSON".into())),
            },
            Err(problem) => (SiteConfig::default(), Some(problem)),
        }
    }

    /// GETs site.json from our own origin. `Ok(None)` when the deployer has not put one there.
    async fn fetch_text() -> Result<Option<String>, String> {
        let window = web_sys::window().ok_or("no window")?;
        let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(SITE_FILE))
            .await
            .map_err(|_| "it could not be fetched".to_string())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_string())?;
        if response.status() == 404 {
            return Ok(None);
        }
        if !response.ok() {
            return Err(format!("the server answered {}", response.status()));
        }
        let text = response.text().map_err(|_| "its text could not be read".to_string())?;
        let text = wasm_bindgen_futures::JsFuture::from(text).await.map_err(|_| "its text could not be read")?;
        Ok(text.as_string())
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::load;

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny JSON stand-in for native tests.
    #[derive(Clone, Debug)]
    enum J {
        S(&'static str),
        N(f64),
        B(bool),
        A(Vec<J>),
        O(Vec<(&'static str, J)>),
    }

    impl JsonValue for J {
        fn field(&self, name: &str) -> Option<Self> {
            match self {
                J::O(fields) => fields.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()),
                _ => None,
            }
        }
        fn as_str(&self) -> Option<String> {
            if let J::S(s) = self {
                Some(s.to_string())
            } else {
                None
            }
        }
        fn as_f64(&self) -> Option<f64> {
            if let J::N(n) = self {
                Some(*n)
            } else {
                None
            }
        }
        fn as_bool(&self) -> Option<bool> {
            if let J::B(b) = self {
                Some(*b)
            } else {
                None
            }
        }
        fn as_array(&self) -> Option<Vec<Self>> {
            if let J::A(a) = self {
                Some(a.clone())
            } else {
                None
            }
        }
        fn is_object(&self) -> bool {
            matches!(self, J::O(_))
        }
    }

    #[test]
    fn empty_object_gives_defaults() {
        assert_eq!(from_json(&J::O(vec![])), Ok(SiteConfig::default()));
    }

    #[test]
    fn every_field_is_read() {
        let json = J::O(vec![
            ("service_name", J::S("Riverside Clinic")),
            ("exit_url", J::S("https://example.org/")),
            ("default_mode", J::S("kiosk")),
            ("idle_seconds", J::N(60.0)),
            ("countdown_seconds", J::N(10.0)),
            ("kiosk_print", J::B(true)),
            ("languages", J::A(vec![J::S("en")])),
            ("contacts", J::A(vec![J::O(vec![("name", J::S("Clinic line")), ("phone", J::S("555 0100"))])])),
        ]);
        let config = from_json(&json).unwrap();
        assert_eq!(config.service_name, "Riverside Clinic");
        assert_eq!(config.default_mode, DefaultMode::Kiosk);
        assert_eq!((config.idle_seconds, config.countdown_seconds, config.kiosk_print), (60, 10, true));
        assert_eq!(config.contacts[0].phone, "555 0100");
    }

    #[test]
    fn wrong_fields_are_named() {
        for (json, field) in [
            (J::O(vec![("idle_seconds", J::S("soon"))]), "idle_seconds"),
            (J::O(vec![("idle_seconds", J::N(1.5))]), "idle_seconds"),
            (J::O(vec![("default_mode", J::S("party"))]), "default_mode"),
            (J::O(vec![("exit_url", J::S("javascript:alert(1)"))]), "exit_url"),
            (J::O(vec![("contacts", J::A(vec![J::O(vec![("name", J::S("x"))])]))]), "phone"),
            (J::A(vec![]), "object"),
        ] {
            let err = from_json(&json).unwrap_err();
            assert!(err.contains(field), "{err}");
        }
    }
}
