//! The deployer's settings: `site.json` beside `index.html`, read once at start by a same-origin GET.
//! Missing fields take their defaults. Each field is checked on its own: a wrong one keeps its default and the
//! others apply; an unreadable file falls back to all defaults. Either way the console and a short notice for
//! whoever runs the service say what was wrong.

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
    /// The service's own words on /about, beside the project's (who offers this copy, who pays, any ties).
    /// Empty: nothing shown.
    pub service_statement: String,
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
            service_statement: String::new(),
            contacts: Vec::new(),
            exit_url: "neutral.html".into(),
            default_mode: DefaultMode::Home,
            idle_seconds: 120,
            countdown_seconds: 30,
            kiosk_print: false,
            // Every language of this build, the default first.
            languages: crate::content::LANGUAGE_FILES.iter().map(|(lang, _, _)| String::from(*lang)).collect(),
        }
    }
}

/// The longest service statement shown (characters); a longer one is cut there.
pub const STATEMENT_MAX_CHARS: usize = 1200;

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

/// Where quick exit may go: a page on this site (a relative path or one from the site's root) or an `http(s)`
/// address. Read the way a browser reads an address (spaces and control characters around it dropped, tabs and
/// line breaks inside it ignored), so `"java\tscript:"` or `"\u{1}javascript:"` cannot pass as a path.
pub fn safe_exit_url(value: &str) -> Option<String> {
    let url = value.trim_matches(|c: char| c <= ' ');
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\') {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
        return (!rest.is_empty() && !rest.starts_with('/')).then(|| url.to_string());
    }
    // A path on this site: no scheme (a colon before the first `/`, `?` or `#`) and no `//` that names a host.
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    (!head.contains(':') && !url.starts_with("//")).then(|| url.to_string())
}

/// Reads the settings from the parsed JSON. Each field is checked on its own: a wrong field keeps its default and
/// is named in the problems, and every other field still applies (so a kiosk stays a kiosk when, say,
/// `idle_seconds` is wrong).
pub fn from_json<J: JsonValue>(json: &J) -> (SiteConfig, Vec<String>) {
    let mut config = SiteConfig::default();
    if !json.is_object() {
        return (config, vec!["the file must hold one JSON object { … }".into()]);
    }
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
    let results = [
        text("service_name").map(|v| {
            if let Some(name) = v {
                config.service_name = name.trim().chars().take(80).collect();
            }
        }),
        text("service_statement").map(|v| {
            if let Some(statement) = v {
                config.service_statement = statement.trim().chars().take(STATEMENT_MAX_CHARS).collect();
            }
        }),
        text("exit_url").and_then(|v| match v {
            None => Ok(()),
            Some(url) => safe_exit_url(&url)
                .map(|url| config.exit_url = url)
                .ok_or_else(|| "\"exit_url\" must be an http(s) address or a page beside index.html".to_string()),
        }),
        text("default_mode").and_then(|v| {
            config.default_mode = match v.as_deref() {
                None | Some("home") => DefaultMode::Home,
                Some("kiosk") => DefaultMode::Kiosk,
                _ => return Err("\"default_mode\" must be \"home\" or \"kiosk\"".into()),
            };
            Ok(())
        }),
        seconds("idle_seconds", 3, 3600).map(|v| config.idle_seconds = v.unwrap_or(config.idle_seconds)),
        seconds("countdown_seconds", 3, 300).map(|v| config.countdown_seconds = v.unwrap_or(config.countdown_seconds)),
        json.field("kiosk_print").map_or(Ok(()), |v| {
            v.as_bool().map(|b| config.kiosk_print = b).ok_or_else(|| "\"kiosk_print\" must be true or false".into())
        }),
        json.field("languages").map_or(Ok(()), |v| languages(&v).map(|l| config.languages = l)),
        json.field("contacts").map_or(Ok(()), |v| contacts(&v).map(|c| config.contacts = c)),
    ];
    (config, results.into_iter().filter_map(Result::err).collect())
}

/// The languages to offer: codes this build has, at least one.
fn languages<J: JsonValue>(value: &J) -> Result<Vec<String>, String> {
    let known = crate::content::languages();
    let list: Option<Vec<String>> = value.as_array().and_then(|l| l.iter().map(|l| l.as_str()).collect());
    let list: Vec<String> = list.unwrap_or_default().into_iter().filter(|l| known.contains(&l.as_str())).collect();
    if list.is_empty() {
        return Err(format!("\"languages\" must be a list of language codes from {}", known.join(", ")));
    }
    Ok(list)
}

fn contacts<J: JsonValue>(value: &J) -> Result<Vec<Contact>, String> {
    let list = value.as_array().ok_or("\"contacts\" must be a list")?;
    let mut contacts = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let get = |name: &str, required: bool| -> Result<Option<String>, String> {
            match item.field(name).and_then(|f| f.as_str()) {
                Some(s) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
                _ if required => Err(format!("contacts[{i}] needs \"{name}\" as text")),
                _ => Ok(None),
            }
        };
        contacts.push(Contact {
            name: get("name", true)?.unwrap_or_default(),
            phone: get("phone", true)?.unwrap_or_default(),
            text_number: get("text_number", false)?,
            hours: get("hours", false)?.unwrap_or_default(),
            description: get("description", false)?.unwrap_or_default(),
        });
    }
    Ok(contacts)
}

thread_local! {
    /// The settings read before the app started (see `main.rs`), so the setting is settled before anything kept
    /// is read or shown.
    static AT_START: std::cell::RefCell<Option<(SiteConfig, Option<String>)>> = const { std::cell::RefCell::new(None) };
}

/// Records the settings read at start, with the problem to report, if any.
pub fn set_at_start(config: SiteConfig, problem: Option<String>) {
    AT_START.with(|s| *s.borrow_mut() = Some((config, problem)));
}

/// The settings read at start (none when prerendering or in component tests).
pub fn at_start() -> Option<(SiteConfig, Option<String>)> {
    with_at_start(|s| s.cloned())
}

/// Looks at the settings read at start without copying them.
pub fn with_at_start<R>(f: impl FnOnce(Option<&(SiteConfig, Option<String>)>) -> R) -> R {
    AT_START.with(|s| f(s.borrow().as_ref()))
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

    /// Starts fetching the site file at once, so it comes alongside the content.
    pub fn start_loading() -> Option<js_sys::Promise> {
        Some(web_sys::window()?.fetch_with_str(SITE_FILE))
    }

    /// What loading the site file gave: the settings, and the problems to report, if any.
    pub async fn finish_loading(fetch: Option<js_sys::Promise>) -> (SiteConfig, Option<String>) {
        match fetch_text(fetch).await {
            Ok(None) => (SiteConfig::default(), None),
            Ok(Some(text)) => match js_sys::JSON::parse(&text) {
                Ok(json) => {
                    let (config, problems) = from_json(&json);
                    (config, (!problems.is_empty()).then(|| problems.join("; ")))
                }
                Err(_) => (SiteConfig::default(), Some("it is not valid JSON".into())),
            },
            Err(problem) => (SiteConfig::default(), Some(problem)),
        }
    }

    /// GETs site.json from our own origin. `Ok(None)` when the deployer has not put one there.
    async fn fetch_text(fetch: Option<js_sys::Promise>) -> Result<Option<String>, String> {
        let response = wasm_bindgen_futures::JsFuture::from(fetch.ok_or("no window")?)
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
pub use browser::{finish_loading, start_loading};

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
        assert_eq!(from_json(&J::O(vec![])), (SiteConfig::default(), vec![]));
    }

    #[test]
    fn every_field_is_read() {
        let json = J::O(vec![
            ("service_name", J::S("Riverside Clinic")),
            ("service_statement", J::S("  Riverside Clinic offers this guide. It is paid for by the county.  ")),
            ("exit_url", J::S("https://example.org/")),
            ("default_mode", J::S("kiosk")),
            ("idle_seconds", J::N(60.0)),
            ("countdown_seconds", J::N(10.0)),
            ("kiosk_print", J::B(true)),
            ("languages", J::A(vec![J::S("en")])),
            ("contacts", J::A(vec![J::O(vec![("name", J::S("Clinic line")), ("phone", J::S("555 0100"))])])),
        ]);
        let (config, problems) = from_json(&json);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(config.service_name, "Riverside Clinic");
        assert_eq!(config.service_statement, "Riverside Clinic offers this guide. It is paid for by the county.");
        assert_eq!(config.default_mode, DefaultMode::Kiosk);
        assert_eq!((config.idle_seconds, config.countdown_seconds, config.kiosk_print), (60, 10, true));
        assert_eq!(config.contacts[0].phone, "555 0100");
    }

    #[test]
    fn a_wrong_field_is_named_and_keeps_its_default_while_the_others_apply() {
        for (bad, field) in [
            (("idle_seconds", J::S("soon")), "idle_seconds"),
            (("idle_seconds", J::N(1.5)), "idle_seconds"),
            (("idle_seconds", J::N(-5.0)), "idle_seconds"),
            (("countdown_seconds", J::B(true)), "countdown_seconds"),
            (("exit_url", J::S("javascript:alert(1)")), "exit_url"),
            (("languages", J::A(vec![J::S("xx")])), "languages"),
            (("kiosk_print", J::S("yes")), "kiosk_print"),
            (("contacts", J::A(vec![J::O(vec![("name", J::S("x"))])])), "phone"),
            (("service_name", J::N(3.0)), "service_name"),
        ] {
            let json = J::O(vec![("default_mode", J::S("kiosk")), bad]);
            let (config, problems) = from_json(&json);
            assert_eq!(problems.len(), 1, "{field}: {problems:?}");
            assert!(problems[0].contains(field), "{problems:?}");
            assert_eq!(config.default_mode, DefaultMode::Kiosk, "a kiosk stays a kiosk despite {field}");
            let defaults = SiteConfig::default();
            assert_eq!((config.idle_seconds, &config.exit_url), (defaults.idle_seconds, &defaults.exit_url));
        }
        let (config, problems) = from_json(&J::O(vec![("default_mode", J::S("party"))]));
        assert_eq!(config.default_mode, DefaultMode::Home);
        assert!(problems[0].contains("default_mode"));
        let (_, problems) = from_json(&J::A(vec![]));
        assert!(problems[0].contains("object"));
    }

    #[test]
    fn languages_keep_the_ones_this_build_has() {
        let (config, problems) = from_json(&J::O(vec![("languages", J::A(vec![J::S("es")]))]));
        assert_eq!((config.languages, problems), (vec!["es".to_string()], vec![]));
        let (config, _) = from_json(&J::O(vec![("languages", J::A(vec![J::S("fr"), J::S("en")]))]));
        assert_eq!(config.languages, vec!["en".to_string()]);
    }

    #[test]
    fn exit_addresses_are_a_page_here_or_http() {
        for good in [
            "neutral.html",
            "/exit",
            "pages/weather.html?x=1",
            "https://example.org/",
            "HTTP://example.org",
            "  https://example.org/news  ",
        ] {
            assert!(safe_exit_url(good).is_some(), "{good}");
        }
        for bad in [
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "JavaScript:alert(1)",
            "vbscript:msgbox",
            "data:text/html,x",
            "//evil.example",
            "/\\evil.example",
            "https://",
            "https:///x",
            "http:/x",
            "java\nscript:x",
            "ja\u{2028}vascript:x",
            "mailto:x@example.org",
            "",
            "   ",
            "file:///etc",
        ] {
            assert_eq!(safe_exit_url(bad), None, "{bad:?}");
        }
    }
}
