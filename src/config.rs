//! The deployer's settings: `site.json` beside `index.html`, read once at start by a same-origin GET.
//!
//! It fails closed. Only a missing file (404) means "no settings". A file that is there but cannot be read as a
//! whole (not JSON, cut short, a comment, an HTML page, a server error), names a key this build does not know (a
//! misspelled `default_mode` must not quietly give home use), or gives `default_mode` a value it cannot read, runs
//! the app in its most private behaviour: a kiosk (nothing stored, no Remember, no files, idle reset), with a notice
//! for staff on every page. Any other field is checked on its own: a wrong one keeps its default, is named, and the
//! others apply. Values are read as people write them: case and spaces around words do not matter.
//!
//! [`FIELDS`] is the one list of what the file may hold; the schema (`assets/static/site.schema.json`),
//! `./x check-site`, the /check-settings page and the tests all follow it.

use crate::content::Contact;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultMode {
    Home,
    Kiosk,
}

/// Text the service may give once for every language (a plain string) or per language (`{"en": "…", "es": "…"}`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Localized(Vec<(String, String)>);

impl Localized {
    pub fn plain(text: &str) -> Self {
        Self(vec![(String::new(), text.to_string())])
    }
    /// The text for a language: its own, else the one given for every language, else the first given.
    pub fn get(&self, lang: &str) -> &str {
        let find = |key: &str| self.0.iter().find(|(l, _)| l == key).map(|(_, t)| t.as_str());
        find(lang).or_else(|| find("")).or_else(|| self.0.first().map(|(_, t)| t.as_str())).unwrap_or("")
    }
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, t)| t.is_empty())
    }
}

/// One of the service's own contacts, its description in each language.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteContact {
    pub name: String,
    pub phone: String,
    pub text_number: Option<String>,
    pub hours: String,
    pub description: Localized,
}

impl SiteContact {
    pub fn in_language(&self, lang: &str) -> Contact {
        Contact {
            name: self.name.clone(),
            phone: self.phone.clone(),
            text_number: self.text_number.clone(),
            hours: self.hours.clone(),
            description: self.description.get(lang).to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SiteConfig {
    /// Shown beside the product name, e.g. the clinic's name. Empty: nothing shown.
    pub service_name: String,
    /// The service's own words on /about, beside the project's (who offers this copy, who pays, any ties).
    /// Empty: nothing shown.
    pub service_statement: Localized,
    /// Who at the service reviewed this copy's content, and when (`YYYY-MM-DD`): shown on /about when both are good.
    pub reviewed_by: String,
    pub reviewed_on: String,
    /// Replaces the crisis contacts in the content when not empty.
    pub contacts: Vec<SiteContact>,
    /// Where quick exit goes: an http(s) address on another site, or a page of this site the build knows
    /// (`neutral.html`, or one the service names in `extra_pages`).
    pub exit_url: String,
    /// Pages the service put beside index.html that quick exit may go to.
    pub extra_pages: Vec<String>,
    pub default_mode: DefaultMode,
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub kiosk_print: bool,
    /// The languages offered, the first one the app opens in.
    pub languages: Vec<String>,
    /// Quick exit also removes the offline copy (the service worker and its caches).
    pub exit_removes_offline_copy: bool,
    /// The file could not be trusted as a whole: the app runs as a kiosk, whatever it says.
    pub failed_closed: bool,
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            service_name: String::new(),
            service_statement: Localized::default(),
            reviewed_by: String::new(),
            reviewed_on: String::new(),
            contacts: Vec::new(),
            exit_url: NEUTRAL_PAGE.into(),
            extra_pages: Vec::new(),
            default_mode: DefaultMode::Home,
            idle_seconds: 120,
            countdown_seconds: 30,
            kiosk_print: false,
            // Every language of this build, the default first.
            languages: crate::content::LANGUAGE_FILES.iter().map(|(lang, _, _)| String::from(*lang)).collect(),
            exit_removes_offline_copy: false,
            failed_closed: false,
        }
    }
}

impl SiteConfig {
    /// The most private behaviour, for a file that cannot be trusted: a kiosk, everything else as shipped.
    pub fn most_private() -> Self {
        Self { default_mode: DefaultMode::Kiosk, failed_closed: true, ..Self::default() }
    }
    /// The service's contacts in a language (empty: the shipped ones apply).
    pub fn contacts_in(&self, lang: &str) -> Vec<Contact> {
        self.contacts.iter().map(|c| c.in_language(lang)).collect()
    }
}

/// The page beside index.html that quick exit goes to unless the service names another.
pub const NEUTRAL_PAGE: &str = "neutral.html";

/// The longest service statement shown (characters); a longer one is cut there.
pub const STATEMENT_MAX_CHARS: usize = 1200;

/// The file's name, beside index.html.
pub const SITE_FILE: &str = "site.json";

/// One setting the file may hold.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    /// What it does and what it takes, in plain words (for `./x check-site`, /check-settings and the schema).
    pub help: &'static str,
}

/// A field's help, kept out of the wasm (where only the names are read): `./x check-site` prints it.
macro_rules! help {
    ($text:literal) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            $text
        }
    };
}

/// Where the exit script (`components/exit.rs`) leaves its reading of `site.json` (a promise of `{status, text}`),
/// so the app does not fetch it again (`start_loading`).
pub const EARLY_SITE: &str = "ownpathSite";

/// Every key the file may hold: the one list the schema, `./x check-site`, /check-settings and the tests follow.
pub const FIELDS: &[Field] = &[
    Field { name: "$schema", help: help!("the address of site.schema.json, so editors can check the file") },
    Field { name: "service_name", help: help!("your service's name, shown beside OwnPath (text, up to 80 characters)") },
    Field { name: "service_statement", help: help!("your own words on the About page: who offers this copy, who pays (text, or {\"en\": \"…\", \"es\": \"…\"})") },
    Field { name: "reviewed_by", help: help!("who at your service reviewed the content, shown on the About page with reviewed_on") },
    Field { name: "reviewed_on", help: help!("when they reviewed it, as YYYY-MM-DD") },
    Field { name: "default_mode", help: help!("\"home\" or \"kiosk\" (a shared waiting-room screen)") },
    Field { name: "exit_url", help: help!("where quick exit goes: a full https:// address of another site, neutral.html, or a page named in extra_pages") },
    Field { name: "extra_pages", help: help!("pages you put beside index.html that exit_url may name, e.g. [\"weather.html\"]") },
    Field { name: "idle_seconds", help: help!("on a kiosk, seconds without a touch before it asks \"Still there?\" (3 to 3600)") },
    Field { name: "countdown_seconds", help: help!("on a kiosk, seconds it waits for an answer before clearing the screen (3 to 300)") },
    Field { name: "kiosk_print", help: help!("whether a kiosk may print the summary (true or false)") },
    Field { name: "languages", help: help!("the languages to offer, e.g. [\"en\", \"es\"]") },
    Field { name: "default_language", help: help!("the language the app opens in, one of languages") },
    Field { name: "contacts", help: help!("your own help lines, each with \"name\" and \"phone\"; \"text_number\", \"hours\" and \"description\" (text, or one per language) are optional") },
    Field { name: "exit_removes_offline_copy", help: help!("whether quick exit also removes the offline copy of OwnPath from the browser (true or false)") },
];

/// A field of the site file, already parsed as JSON.
pub trait JsonValue: Sized {
    /// The field's value, `null` included (`None` only when the key is not there).
    fn field(&self, name: &str) -> Option<Self>;
    fn keys(&self) -> Vec<String>;
    fn as_str(&self) -> Option<String>;
    fn as_f64(&self) -> Option<f64>;
    fn as_bool(&self) -> Option<bool>;
    fn as_array(&self) -> Option<Vec<Self>>;
    fn is_object(&self) -> bool;
}

/// A word as people write it: case and spaces around it do not matter.
fn word(value: &str) -> String {
    value.trim().to_ascii_lowercase()
}

/// How far apart two keys are (edits), for "did you mean".
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// The known key closest to an unknown one, if any is close.
pub fn did_you_mean(key: &str) -> Option<&'static str> {
    let plain = word(key).replace([' ', '-'], "_");
    FIELDS
        .iter()
        .map(|f| (distance(&plain, f.name), f.name))
        .filter(|(d, name)| *d <= 3usize.max(name.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// Whether an address is an http(s) address with a host: `Some(lowercased rest)` when it is.
fn http_rest(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    (!rest.is_empty() && !rest.starts_with('/')).then(|| rest.to_string())
}

/// Checks where quick exit may go: an `http(s)` address (the browser also refuses one of this site's own origin,
/// see `browser::same_origin`), or `neutral.html` or a page the service names in `extra_pages`. Read the way a
/// browser reads an address (spaces and control characters around it dropped, tabs and line breaks inside it
/// ignored), so `"java\tscript:"` cannot pass. The error says what to write instead.
pub fn check_exit_url(value: &str, extra_pages: &[String]) -> Result<String, String> {
    let url = value.trim_matches(|c: char| c <= ' ');
    let allowed = || {
        let mut pages = vec![NEUTRAL_PAGE.to_string()];
        pages.extend(extra_pages.iter().cloned());
        format!("write a full address of another site (https://…) or one of: {}", pages.join(", "))
    };
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\') {
        return Err(format!("\"exit_url\" \"{}\" is not an address: {}", value.trim(), allowed()));
    }
    if http_rest(url).is_some() {
        return Ok(url.to_string());
    }
    let page = url.trim_start_matches("./").trim_start_matches('/');
    if page.eq_ignore_ascii_case(NEUTRAL_PAGE) {
        return Ok(NEUTRAL_PAGE.to_string());
    }
    if let Some(known) = extra_pages.iter().find(|p| p.eq_ignore_ascii_case(page)) {
        return Ok(known.clone());
    }
    // "www.example.org", "example.org/exit": a site's address without its scheme.
    let host = url.split(['/', '?', '#']).next().unwrap_or("");
    let looks_like_host = !host.contains(':')
        && host.contains('.')
        && !host.starts_with('.')
        && !url.starts_with('/')
        && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && !host.to_ascii_lowercase().ends_with(".html")
        && !host.to_ascii_lowercase().ends_with(".htm");
    if looks_like_host {
        return Err(format!("\"exit_url\" \"{url}\" has no https:// in front: did you mean \"https://{url}\"?"));
    }
    Err(format!("\"exit_url\" \"{url}\" could lead back into OwnPath: {}", allowed()))
}

/// A page file the service may add beside index.html: a plain `.html` file name that is not one of OwnPath's.
fn extra_page(value: &str) -> Option<String> {
    let name = value.trim().trim_start_matches("./");
    let lower = name.to_ascii_lowercase();
    let plain = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        && !name.starts_with('.')
        && (lower.ends_with(".html") || lower.ends_with(".htm"));
    (plain && !["index.html", "404.html", "index.htm"].contains(&lower.as_str())).then(|| name.to_string())
}

/// A date as `YYYY-MM-DD`.
fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let number = |s: &str, len: usize, min: u32, max: u32| {
        s.len() == len && s.chars().all(|c| c.is_ascii_digit()) && s.parse::<u32>().is_ok_and(|n| n >= min && n <= max)
    };
    parts.len() == 3 && number(parts[0], 4, 2000, 2999) && number(parts[1], 2, 1, 12) && number(parts[2], 2, 1, 31)
}

/// Reads the settings from the parsed JSON: the settings, and each problem found. A problem that could make the
/// app less private than the service meant (an unknown key, a mode it cannot read, no object at all) gives
/// [`SiteConfig::most_private`], with every other field still read so the check page can show them.
pub fn from_json<J: JsonValue>(json: &J) -> (SiteConfig, Vec<String>) {
    let mut config = SiteConfig::default();
    if !json.is_object() {
        return (SiteConfig::most_private(), vec!["the file must hold one JSON object { … }".into()]);
    }
    let mut problems = Vec::new();
    let mut closed = false;
    for key in json.keys() {
        if FIELDS.iter().any(|f| f.name == key) {
            continue;
        }
        closed = true;
        problems.push(match did_you_mean(&key) {
            Some(known) => format!("unknown setting \"{key}\": did you mean \"{known}\"?"),
            None => format!("unknown setting \"{key}\""),
        });
    }
    let text = |name: &str| -> Result<Option<String>, String> {
        match json.field(name) {
            None => Ok(None),
            Some(v) => v.as_str().map(Some).ok_or_else(|| format!("\"{name}\" must be text")),
        }
    };
    let localized = |name: &str| -> Result<Option<Localized>, String> {
        json.field(name).map(|v| localized_text(&v, name)).transpose()
    };
    let flag = |name: &str| -> Result<Option<bool>, String> {
        json.field(name)
            .map(|v| {
                v.as_bool()
                    .or_else(|| {
                        v.as_str().and_then(|s| ["false", "true"].iter().position(|b| *b == word(&s))).map(|i| i == 1)
                    })
                    .ok_or_else(|| format!("\"{name}\" must be true or false"))
            })
            .transpose()
    };
    // Whole seconds only.
    let seconds = |name: &str, min: u32, max: u32| -> Result<Option<u32>, String> {
        match json.field(name) {
            None => Ok(None),
            Some(v) => {
                match v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse::<u32>().ok().map(f64::from))) {
                    Some(n) if n.fract() == 0.0 && n >= f64::from(min) && n <= f64::from(max) => Ok(Some(n as u32)),
                    _ => Err(format!("\"{name}\" must be a whole number of seconds from {min} to {max}")),
                }
            }
        }
    };
    // The mode first: a value it cannot read fails closed.
    match text("default_mode").map(|v| v.map(|m| word(&m))) {
        Ok(None) => {}
        Ok(Some(m)) if m == "home" => config.default_mode = DefaultMode::Home,
        Ok(Some(m)) if m == "kiosk" => config.default_mode = DefaultMode::Kiosk,
        _ => {
            closed = true;
            problems.push("\"default_mode\" must be \"home\" or \"kiosk\"".into());
        }
    }
    if let Some(v) = json.field("extra_pages") {
        match v.as_array() {
            Some(list) => {
                for item in list {
                    match item.as_str().as_deref().and_then(extra_page) {
                        Some(page) => config.extra_pages.push(page),
                        None => problems.push(format!(
                            "\"extra_pages\": {} is not a page file name such as \"weather.html\"",
                            item.as_str().map_or("an entry".to_string(), |s| format!("\"{s}\""))
                        )),
                    }
                }
            }
            None => problems.push("\"extra_pages\" must be a list of page file names".into()),
        }
    }
    let results = [
        text("service_name").map(|v| {
            if let Some(name) = v {
                config.service_name = name.trim().chars().take(80).collect();
            }
        }),
        localized("service_statement").map(|v| {
            if let Some(statement) = v {
                config.service_statement = statement;
            }
        }),
        text("exit_url").and_then(|v| match v {
            None => Ok(()),
            Some(url) => check_exit_url(&url, &config.extra_pages).map(|url| config.exit_url = url),
        }),
        seconds("idle_seconds", 3, 3600).map(|v| config.idle_seconds = v.unwrap_or(config.idle_seconds)),
        seconds("countdown_seconds", 3, 300).map(|v| config.countdown_seconds = v.unwrap_or(config.countdown_seconds)),
        flag("kiosk_print").map(|v| config.kiosk_print = v.unwrap_or(config.kiosk_print)),
        flag("exit_removes_offline_copy")
            .map(|v| config.exit_removes_offline_copy = v.unwrap_or(config.exit_removes_offline_copy)),
        json.field("languages").map_or(Ok(()), |v| languages(&v).map(|l| config.languages = l)),
        text("default_language").and_then(|v| match v.map(|l| word(&l)) {
            None => Ok(()),
            Some(lang) => match config.languages.iter().position(|l| *l == lang) {
                Some(i) => {
                    let lang = config.languages.remove(i);
                    config.languages.insert(0, lang);
                    Ok(())
                }
                None => Err(format!(
                    "\"default_language\" must be one of the languages offered: {}",
                    config.languages.join(", ")
                )),
            },
        }),
        text("reviewed_by")
            .map(|v| config.reviewed_by = v.map(|s| s.trim().chars().take(120).collect()).unwrap_or_default()),
        text("reviewed_on").and_then(|v| match v.map(|s| s.trim().to_string()) {
            None => Ok(()),
            Some(date) if is_date(&date) => {
                config.reviewed_on = date;
                Ok(())
            }
            Some(_) => Err("\"reviewed_on\" must be a date written YYYY-MM-DD, e.g. 2026-11-30".into()),
        }),
    ];
    problems.extend(results.into_iter().filter_map(Result::err));
    if let Some(v) = json.field("contacts") {
        let (list, bad) = contacts(&v);
        config.contacts = list;
        problems.extend(bad);
    }
    // Reviewed by whom and when: both or neither.
    if config.reviewed_by.is_empty() != config.reviewed_on.is_empty() {
        if json.field("reviewed_by").is_some() || json.field("reviewed_on").is_some() {
            problems.push("\"reviewed_by\" and \"reviewed_on\" are shown only together".into());
        }
        config.reviewed_by.clear();
        config.reviewed_on.clear();
    }
    if closed {
        config.default_mode = DefaultMode::Kiosk;
        config.failed_closed = true;
    }
    (config, problems)
}

/// A plain string or `{"en": "…", "es": "…"}` (languages this build has), trimmed and cut at [`STATEMENT_MAX_CHARS`].
fn localized_text<J: JsonValue>(value: &J, name: &str) -> Result<Localized, String> {
    let cut = |s: &str| s.trim().chars().take(STATEMENT_MAX_CHARS).collect::<String>();
    if let Some(text) = value.as_str() {
        return Ok(Localized::plain(&cut(&text)));
    }
    let known = crate::content::languages();
    if value.is_object() {
        let mut texts = Vec::new();
        for key in value.keys() {
            let lang = word(&key);
            match value.field(&key).and_then(|t| t.as_str()) {
                Some(text) if known.contains(&lang.as_str()) => texts.push((lang, cut(&text))),
                _ => return Err(format!("\"{name}\" must be text, or text per language such as {{\"en\": \"…\", \"es\": \"…\"}} (\"{key}\" is not)")),
            }
        }
        return Ok(Localized(texts));
    }
    Err(format!("\"{name}\" must be text, or text per language such as {{\"en\": \"…\", \"es\": \"…\"}}"))
}

/// The languages to offer: codes this build has, at least one.
fn languages<J: JsonValue>(value: &J) -> Result<Vec<String>, String> {
    let known = crate::content::languages();
    let list: Option<Vec<String>> = value.as_array().and_then(|l| l.iter().map(|l| l.as_str()).collect());
    let mut offered: Vec<String> = Vec::new();
    for lang in list.unwrap_or_default().iter().map(|l| word(l)) {
        if known.contains(&lang.as_str()) && !offered.contains(&lang) {
            offered.push(lang);
        }
    }
    if offered.is_empty() {
        return Err(format!("\"languages\" must be a list of language codes from {}", known.join(", ")));
    }
    Ok(offered)
}

/// The service's contacts, each checked on its own: a bad one is dropped and named, the others kept.
fn contacts<J: JsonValue>(value: &J) -> (Vec<SiteContact>, Vec<String>) {
    let Some(list) = value.as_array() else {
        return (Vec::new(), vec!["\"contacts\" must be a list; the shipped help lines are shown".into()]);
    };
    let mut contacts = Vec::new();
    let mut problems = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let label = item
            .field("name")
            .and_then(|n| n.as_str())
            .filter(|n| !n.trim().is_empty())
            .map_or_else(|| format!("contact {}", i + 1), |n| format!("contact {} ({})", i + 1, n.trim()));
        let get = |name: &str, required: bool| -> Result<Option<String>, String> {
            match item.field(name) {
                None if !required => Ok(None),
                Some(f) => match f.as_str() {
                    Some(s) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
                    Some(_) if !required => Ok(None),
                    _ => Err(format!("{label} is left out: \"{name}\" must be text")),
                },
                None => Err(format!("{label} is left out: it needs \"{name}\"")),
            }
        };
        let contact = (|| {
            if !item.is_object() {
                return Err(format!("{label} is left out: it must be {{\"name\": …, \"phone\": …}}"));
            }
            let phone = get("phone", true)?.unwrap_or_default();
            if !phone.chars().any(|c| c.is_ascii_digit()) {
                return Err(format!("{label} is left out: \"phone\" has no digits"));
            }
            let description = match item.field("description") {
                None => Localized::default(),
                Some(d) => localized_text(&d, "description").map_err(|e| format!("{label} is left out: {e}"))?,
            };
            Ok(SiteContact {
                name: get("name", true)?.unwrap_or_default(),
                phone,
                text_number: get("text_number", false)?,
                hours: get("hours", false)?.unwrap_or_default(),
                description,
            })
        })();
        match contact {
            Ok(c) => contacts.push(c),
            Err(problem) => problems.push(problem),
        }
    }
    if contacts.is_empty() && !list.is_empty() {
        problems.push("no contact could be used: the shipped help lines are shown instead".into());
    }
    (contacts, problems)
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

/// The words put beside a setting's value: /check-settings takes them from the reader's language (ui.ftl), the
/// command-line check (`./x check-site`) in English.
pub struct AppliedWords<'a> {
    pub none: &'a str,
    pub shipped_contacts: &'a str,
    pub kiosk_only: &'a str,
    pub failed_closed: &'a str,
}

impl AppliedWords<'static> {
    pub const ENGLISH: Self = AppliedWords {
        none: "(none)",
        shipped_contacts: "the help lines that come with OwnPath",
        kiosk_only: "(used on a kiosk only)",
        failed_closed: "(most private: the file could not be trusted)",
    };
}

/// What the app will do with each setting, for `./x check-site` and /check-settings: `(field, value, note)`, the
/// value as site.json writes it (empty when none is given) and a note in words.
pub fn applied<'a>(config: &SiteConfig, words: &AppliedWords<'a>) -> Vec<(&'static str, String, &'a str)> {
    let given = |s: &str| (s.to_string(), if s.is_empty() { words.none } else { "" });
    let mode = match config.default_mode {
        DefaultMode::Home => "home",
        DefaultMode::Kiosk => "kiosk",
    };
    let statement = if config.service_statement.is_empty() {
        String::new()
    } else {
        crate::content::languages()
            .iter()
            .map(|l| format!("{l}: {}", config.service_statement.get(l)))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let contacts = config.contacts.iter().map(|c| format!("{} {}", c.name, c.phone)).collect::<Vec<_>>().join(", ");
    let kiosk_only = if config.default_mode == DefaultMode::Kiosk { "" } else { words.kiosk_only };
    let (name, statement, by, on, extra) = (
        given(&config.service_name),
        given(&statement),
        given(&config.reviewed_by),
        given(&config.reviewed_on),
        given(&config.extra_pages.join(", ")),
    );
    vec![
        ("default_mode", mode.to_string(), if config.failed_closed { words.failed_closed } else { "" }),
        ("service_name", name.0, name.1),
        ("service_statement", statement.0, statement.1),
        ("reviewed_by", by.0, by.1),
        ("reviewed_on", on.0, on.1),
        ("exit_url", config.exit_url.clone(), ""),
        ("extra_pages", extra.0, extra.1),
        ("idle_seconds", config.idle_seconds.to_string(), kiosk_only),
        ("countdown_seconds", config.countdown_seconds.to_string(), kiosk_only),
        ("kiosk_print", config.kiosk_print.to_string(), ""),
        ("languages", config.languages.join(", "), ""),
        ("default_language", config.languages.first().cloned().unwrap_or_default(), ""),
        ("contacts", contacts.clone(), if contacts.is_empty() { words.shipped_contacts } else { "" }),
        ("exit_removes_offline_copy", config.exit_removes_offline_copy.to_string(), ""),
    ]
}

/// What loading the file gave, before reading its fields: the text, or nothing there (404), or why it could not be
/// read as a whole.
pub enum Fetched {
    Missing,
    Text(String),
    Unreadable(String),
}

/// The settings from what was fetched, and the problems to report (joined), if any. `parse` reads the text as JSON
/// (the browser's `JSON.parse`, or serde_json in `./x check-site`).
pub fn from_fetched<J: JsonValue>(
    fetched: Fetched,
    parse: impl FnOnce(&str) -> Option<J>,
) -> (SiteConfig, Vec<String>) {
    match fetched {
        Fetched::Missing => (SiteConfig::default(), Vec::new()),
        Fetched::Unreadable(why) => (SiteConfig::most_private(), vec![why]),
        Fetched::Text(text) => match parse(&text) {
            Some(json) => from_json(&json),
            None if text.trim_start().starts_with('<') => {
                (SiteConfig::most_private(), vec!["it is a web page, not the settings file".into()])
            }
            None => (SiteConfig::most_private(), vec![json_problem(&text)]),
        },
    }
}

/// Why text is not JSON, in words a person can act on.
fn json_problem(text: &str) -> String {
    if text.trim().is_empty() {
        return "it is empty".into();
    }
    let has = |pair: &[u8]| text.as_bytes().windows(2).any(|w| w == pair);
    if has(b"//") || has(b"/*") {
        return "it is not valid JSON: comments (// or /* */) are not allowed".into();
    }
    let squeezed: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    if squeezed.windows(2).any(|w| w == b",}" || w == b",]") {
        return "it is not valid JSON: a comma before } or ] is not allowed".into();
    }
    let (open, close) = (text.matches('{').count(), text.matches('}').count());
    if open > close {
        return "it is not valid JSON: it ends too soon (a } is missing)".into();
    }
    "it is not valid JSON".into()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use wasm_bindgen::{JsCast, JsValue};

    impl JsonValue for JsValue {
        fn field(&self, name: &str) -> Option<Self> {
            let v = js_sys::Reflect::get(self, &JsValue::from_str(name)).ok()?;
            (!v.is_undefined()).then_some(v)
        }
        fn keys(&self) -> Vec<String> {
            self.dyn_ref::<js_sys::Object>()
                .map(|o| js_sys::Object::keys(o).iter().filter_map(|k| k.as_string()).collect())
                .unwrap_or_default()
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

    /// Starts fetching the site file at once, so it comes alongside the content. (The page's start script has
    /// usually fetched it already, for the quick exit and the contacts before the wasm: its answer is used.)
    pub fn start_loading() -> Option<js_sys::Promise> {
        let window = web_sys::window()?;
        let early = js_sys::Reflect::get(&window, &JsValue::from_str(super::EARLY_SITE)).ok();
        match early.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
            Some(promise) => Some(promise),
            None => Some(window.fetch_with_str(SITE_FILE)),
        }
    }

    /// What loading the site file gave: the settings, and the problems to report, if any.
    pub async fn finish_loading(fetch: Option<js_sys::Promise>) -> (SiteConfig, Option<String>) {
        let mut fetched = fetch_text(fetch).await;
        if matches!(&fetched, Fetched::Unreadable(why) if why == NOT_FETCHED) {
            // Asked again once: offline, the page's first ask can fail before the offline worker answers with its
            // kept copy.
            fetched = fetch_text(web_sys::window().map(|w| w.fetch_with_str(SITE_FILE))).await;
        }
        let (mut config, mut problems) = from_fetched(fetched, |text| js_sys::JSON::parse(text).ok());
        // An absolute exit address of this very site would land back in OwnPath.
        if same_origin(&config.exit_url) {
            problems.push(format!(
                "\"exit_url\" \"{}\" is this site's own address: quick exit must leave it",
                config.exit_url
            ));
            config.exit_url = NEUTRAL_PAGE.into();
        }
        (config, (!problems.is_empty()).then(|| problems.join("; ")))
    }

    /// Whether an absolute address is of this page's origin, as the browser reads it (`http://0x7f.1/` is
    /// 127.0.0.1).
    fn same_origin(url: &str) -> bool {
        if http_rest(url).is_none() {
            return false;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return true };
        let Some(link) =
            document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return true;
        };
        link.set_href(url);
        let here = document.location().and_then(|l| l.origin().ok()).unwrap_or_default();
        link.origin() == here || link.host().is_empty()
    }

    const NOT_FETCHED: &str = "it could not be fetched";

    /// GETs site.json from our own origin (or takes the start script's answer: `{status, text}`).
    async fn fetch_text(fetch: Option<js_sys::Promise>) -> Fetched {
        let Some(fetch) = fetch else { return Fetched::Unreadable("no window".into()) };
        let Ok(answer) = wasm_bindgen_futures::JsFuture::from(fetch).await else {
            return Fetched::Unreadable(NOT_FETCHED.into());
        };
        let (status, text) = match answer.dyn_into::<web_sys::Response>() {
            Ok(response) => {
                let status = response.status();
                let text = match response.text() {
                    Ok(t) => wasm_bindgen_futures::JsFuture::from(t).await.ok().and_then(|t| t.as_string()),
                    Err(_) => None,
                };
                (status, text)
            }
            Err(answer) => {
                let get = |k: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(k)).ok();
                (get("status").and_then(|s| s.as_f64()).unwrap_or(0.0) as u16, get("text").and_then(|t| t.as_string()))
            }
        };
        match (status, text) {
            (404, _) => Fetched::Missing,
            (0, _) => Fetched::Unreadable(NOT_FETCHED.into()),
            (200..=299, Some(text)) => Fetched::Text(text),
            (200..=299, None) => Fetched::Unreadable("its text could not be read".into()),
            (status, _) => Fetched::Unreadable(format!("the server answered {status}")),
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{finish_loading, start_loading};

/// Reading the file natively: `./x check-site` and the tests.
#[cfg(not(target_arch = "wasm32"))]
pub mod native {
    use super::*;

    impl JsonValue for serde_json::Value {
        fn field(&self, name: &str) -> Option<Self> {
            self.as_object()?.get(name).cloned()
        }
        fn keys(&self) -> Vec<String> {
            self.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
        }
        fn as_str(&self) -> Option<String> {
            serde_json::Value::as_str(self).map(str::to_string)
        }
        fn as_f64(&self) -> Option<f64> {
            serde_json::Value::as_f64(self)
        }
        fn as_bool(&self) -> Option<bool> {
            serde_json::Value::as_bool(self)
        }
        fn as_array(&self) -> Option<Vec<Self>> {
            serde_json::Value::as_array(self).cloned()
        }
        fn is_object(&self) -> bool {
            serde_json::Value::is_object(self)
        }
    }

    /// Reads a site file's text as the app would (a missing file is [`Fetched::Missing`]).
    pub fn read(fetched: Fetched) -> (SiteConfig, Vec<String>) {
        from_fetched(fetched, |text| serde_json::from_str::<serde_json::Value>(text).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (SiteConfig, Vec<String>) {
        native::read(Fetched::Text(text.to_string()))
    }

    #[test]
    fn empty_object_gives_defaults_and_only_a_missing_file_is_quiet() {
        assert_eq!(read("{}"), (SiteConfig::default(), vec![]));
        assert_eq!(native::read(Fetched::Missing), (SiteConfig::default(), vec![]));
        let (config, problems) = native::read(Fetched::Unreadable("the server answered 500".into()));
        assert!(config.failed_closed && config.default_mode == DefaultMode::Kiosk, "{problems:?}");
    }

    #[test]
    fn every_field_is_read() {
        let (config, problems) = read(
            r#"{"service_name": "Riverside Clinic",
                "service_statement": "  Riverside Clinic offers this guide. It is paid for by the county.  ",
                "exit_url": "https://example.org/", "default_mode": "kiosk", "idle_seconds": 60,
                "countdown_seconds": 10, "kiosk_print": true, "languages": ["en"],
                "contacts": [{"name": "Clinic line", "phone": "555 0100"}]}"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(config.service_name, "Riverside Clinic");
        assert_eq!(
            config.service_statement.get("es"),
            "Riverside Clinic offers this guide. It is paid for by the county."
        );
        assert_eq!(config.default_mode, DefaultMode::Kiosk);
        assert!(!config.failed_closed);
        assert_eq!((config.idle_seconds, config.countdown_seconds, config.kiosk_print), (60, 10, true));
        assert_eq!(config.contacts[0].phone, "555 0100");
    }

    #[test]
    fn a_wrong_field_is_named_and_keeps_its_default_while_the_others_apply() {
        for (bad, field) in [
            (r#""idle_seconds": "soon""#, "idle_seconds"),
            (r#""idle_seconds": 1.5"#, "idle_seconds"),
            (r#""idle_seconds": -5"#, "idle_seconds"),
            (r#""countdown_seconds": true"#, "countdown_seconds"),
            (r#""exit_url": "javascript:alert(1)""#, "exit_url"),
            (r#""languages": ["xx"]"#, "languages"),
            (r#""kiosk_print": "yes""#, "kiosk_print"),
            (r#""service_name": 3"#, "service_name"),
        ] {
            let (config, problems) = read(&format!(r#"{{"default_mode": "kiosk", {bad}}}"#));
            assert_eq!(problems.len(), 1, "{field}: {problems:?}");
            assert!(problems[0].contains(field), "{problems:?}");
            assert_eq!(config.default_mode, DefaultMode::Kiosk, "a kiosk stays a kiosk despite {field}");
            assert!(!config.failed_closed, "{field} alone does not fail closed");
            let defaults = SiteConfig::default();
            assert_eq!((config.idle_seconds, &config.exit_url), (defaults.idle_seconds, &defaults.exit_url));
        }
    }

    /// Every case of the shared table (`tests/site_cases.json`, also read by the e2e tests): what the file gives.
    #[test]
    fn the_table_of_site_files() {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../tests/site_cases.json")).expect("tests/site_cases.json is JSON");
        let cases = table["cases"].as_array().expect("a list of cases");
        assert!(cases.len() >= 20);
        for case in cases {
            let name = case["name"].as_str().unwrap();
            let (config, problems) = match case["status"].as_u64() {
                Some(404) => native::read(Fetched::Missing),
                Some(200) | None => read(case["body"].as_str().unwrap()),
                Some(status) => native::read(Fetched::Unreadable(format!("the server answered {status}"))),
            };
            let mode = match (config.default_mode, config.failed_closed) {
                (DefaultMode::Home, _) => "home",
                (DefaultMode::Kiosk, false) => "kiosk",
                (DefaultMode::Kiosk, true) => "closed",
            };
            assert_eq!(mode, case["mode"].as_str().unwrap(), "{name}: {problems:?}");
            for words in case["problems"].as_array().into_iter().flatten() {
                let words = words.as_str().unwrap();
                assert!(problems.iter().any(|p| p.contains(words)), "{name}: {words:?} not in {problems:?}");
            }
            if case["problems"].as_array().is_some_and(|p| p.is_empty()) {
                assert!(problems.is_empty(), "{name}: {problems:?}");
            }
            if let Some(exit) = case["exit_url"].as_str() {
                assert_eq!(config.exit_url, exit, "{name}");
            }
            if let Some(phones) = case["phones"].as_array() {
                let have: Vec<&str> = config.contacts.iter().map(|c| c.phone.as_str()).collect();
                let want: Vec<&str> = phones.iter().filter_map(|p| p.as_str()).collect();
                assert_eq!(have, want, "{name}");
            }
            if let Some(langs) = case["languages"].as_array() {
                let want: Vec<&str> = langs.iter().filter_map(|p| p.as_str()).collect();
                assert_eq!(config.languages, want, "{name}");
            }
        }
    }

    #[test]
    fn every_field_is_in_the_schema_and_the_schema_has_no_other() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../assets/static/site.schema.json")).expect("the schema is JSON");
        let mut in_schema: Vec<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        let mut fields: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        in_schema.sort();
        fields.sort();
        assert_eq!(in_schema, fields);
        assert_eq!(schema["additionalProperties"], serde_json::Value::Bool(false));
        let example: serde_json::Value =
            serde_json::from_str(include_str!("../assets/static/site.example.json")).expect("the example is JSON");
        assert_eq!(example["$schema"], "site.schema.json");
        let (config, problems) = read(include_str!("../assets/static/site.example.json"));
        assert!(problems.is_empty() && !config.failed_closed, "the example is a good file: {problems:?}");
    }

    #[test]
    fn the_schema_offers_exactly_the_languages_of_this_build() {
        // A language added under assets/content/ must be offered by the schema editors check site.json with.
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../assets/static/site.schema.json")).expect("the schema is JSON");
        let langs = crate::content::languages();
        let names = |value: &serde_json::Value| -> Vec<String> {
            value.as_array().expect("a list").iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect()
        };
        let properties = &schema["properties"];
        assert_eq!(names(&properties["languages"]["items"]["enum"]), langs, "site.schema.json: languages");
        assert_eq!(names(&properties["default_language"]["enum"]), langs, "site.schema.json: default_language");
        let per_language = &schema["$defs"]["localized"]["oneOf"][1]["properties"];
        let mut keys: Vec<&str> =
            per_language.as_object().expect("texts per language").keys().map(String::as_str).collect();
        keys.sort_by_key(|key| langs.iter().position(|lang| lang == key));
        assert_eq!(keys, langs, "site.schema.json: a text in each language");
    }

    #[test]
    fn exit_addresses_are_another_site_or_a_page_the_build_knows() {
        let extra = vec!["weather.html".to_string()];
        for (good, gives) in [
            ("neutral.html", "neutral.html"),
            ("./neutral.html", "neutral.html"),
            ("weather.html", "weather.html"),
            ("https://example.org/", "https://example.org/"),
            ("HTTP://example.org", "HTTP://example.org"),
            ("  https://example.org/news  ", "https://example.org/news"),
        ] {
            assert_eq!(check_exit_url(good, &extra).as_deref(), Ok(gives), "{good}");
        }
        for bad in [
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "/\\evil.example",
            "https://",
            "https:///x",
            "http:/x",
            "mailto:x@example.org",
            "",
            "file:///etc",
            "neutral.htm",
            "./",
            "index.html",
            "es/",
            "summary",
            "404.html",
            "?mode=home",
            "#",
            "/exit",
        ] {
            assert!(check_exit_url(bad, &extra).is_err(), "{bad:?}");
        }
        let note = check_exit_url("www.example.org", &extra).unwrap_err();
        assert!(note.contains("did you mean \"https://www.example.org\"?"), "{note}");
        let note = check_exit_url("example.org/exit", &extra).unwrap_err();
        assert!(note.contains("https://example.org/exit"), "{note}");
    }
}
