//! Reads `assets/content/` from disk into a checked [`Library`]. Used by `build.rs` (which compiles the result into
//! the app) and by native tests. Never compiled to wasm.

use super::checks::{self, ContentError};
use super::model::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Everything read from disk: the library, each language's `language.toml` (in the library's order), and each
/// file's raw TOML for the text checks.
pub struct Loaded {
    pub library: Library,
    pub languages: Vec<LanguageFile>,
    pub files: Vec<(String, toml::Value)>,
}

/// Reads and checks the whole content folder. On any problem, returns every error found, each naming the file and
/// the field.
pub fn load_dir(root: &Path) -> Result<Library, Vec<ContentError>> {
    load_checked(root).map(|loaded| loaded.library)
}

/// The same, keeping what only the build uses: each language's `language.toml`.
pub fn load_checked(root: &Path) -> Result<Loaded, Vec<ContentError>> {
    let loaded = read_dir(root)?;
    let errors = checks::check_all(&loaded.library, &loaded.languages, &loaded.files);
    if errors.is_empty() {
        Ok(loaded)
    } else {
        Err(errors)
    }
}

/// The same, with the pseudo-languages added when the build asks for them (`OWNPATH_PSEUDO_LOCALES=1`,
/// `pseudo.rs`): the real languages are checked where they are first, then the whole folder again with the
/// generated languages, written under `scratch`.
pub fn load_checked_with_pseudo(root: &Path, scratch: &Path) -> Result<Loaded, Vec<ContentError>> {
    let loaded = load_checked(root)?;
    if !super::pseudo::enabled() {
        return Ok(loaded);
    }
    let folder = scratch.join("pseudo-content");
    super::pseudo::write_folder(root, &folder, DEFAULT_LANGUAGE)
        .map_err(|message| vec![ContentError::new(folder.display().to_string(), "", message)])?;
    load_checked(&folder)
}

/// Reads the content folder into the typed model without running the content rules.
pub fn read_dir(root: &Path) -> Result<Loaded, Vec<ContentError>> {
    let mut reader = Reader { root: root.to_path_buf(), errors: Vec::new(), files: Vec::new() };
    let references: Option<ReferenceFile> = reader.read("references.toml");

    let mut langs: Vec<String> = list_dir(root)
        .into_iter()
        .filter(|p| p.is_dir() && p.join("ui.ftl").is_file())
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    langs.sort();
    // The default language first: the app opens in it, and the others are checked against it.
    langs.sort_by_key(|l| l != DEFAULT_LANGUAGE);
    if langs.is_empty() {
        reader.errors.push(ContentError::new(
            root.display().to_string(),
            "",
            "no language folder found (a folder with a ui.ftl, such as en/)",
        ));
    }

    let bundles: Vec<Option<Bundle>> = langs.iter().map(|lang| reader.read_bundle(lang)).collect();
    let languages: Vec<Option<LanguageFile>> =
        langs.iter().map(|lang| reader.read::<LanguageFile>(&format!("{lang}/language.toml"))).collect();

    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    let entries = references.map(|r| r.reference).unwrap_or_default();
    let mut designs = Vec::new();
    let mut references = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        if !SOURCE_DESIGNS.contains(&entry.design.as_str()) {
            reader.errors.push(ContentError::new(
                reader.display("references.toml"),
                format!("reference[{i}].design"),
                format!("\"{}\" is not one of {SOURCE_DESIGNS:?}", entry.design),
            ));
        }
        designs.push((entry.key.clone(), entry.design));
        references.push(Reference {
            key: entry.key,
            short: entry.short,
            authors: entry.authors,
            title: entry.title,
            published_in: entry.published_in,
            finding: entry.finding,
        });
    }
    let mut complete = Vec::new();
    for bundle in bundles.into_iter().flatten() {
        let mut bundle = Bundle { references: references.clone(), ..bundle };
        let file = format!("{}/pages/review.toml", bundle.lang);
        if let Some(page) = reader.read::<super::review::ReviewPage>(&file) {
            for (field, message) in super::review::problems(&page) {
                reader.errors.push(ContentError::new(reader.display(&file), field, message));
            }
            bundle.review = super::review::pack(&bundle, &designs, &page);
        }
        complete.push(bundle);
    }
    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    let library = Library { references, bundles: complete };
    Ok(Loaded { library, languages: languages.into_iter().flatten().collect(), files: reader.files })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceFile {
    reference: Vec<ReferenceEntry>,
}

/// A reference as written in references.toml: the shipped [`Reference`], and the kind of source it is (`design`,
/// one of [`SOURCE_DESIGNS`]), which only the review pack uses, so it is not shipped on its own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceEntry {
    key: String,
    short: String,
    authors: String,
    #[serde(default)]
    title: Option<String>,
    published_in: String,
    finding: String,
    design: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    question: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeFile {
    outcome: Vec<Outcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExperienceFile {
    experience: Vec<Experience>,
}

struct Reader {
    root: PathBuf,
    errors: Vec<ContentError>,
    files: Vec<(String, toml::Value)>,
}

impl Reader {
    /// The path as shown in messages: relative to the repository, e.g. `assets/content/en/ui.ftl`.
    fn display(&self, relative: &str) -> String {
        self.root.join(relative).display().to_string()
    }

    /// A file's text, or an error naming the file.
    fn read_text(&mut self, relative: &str) -> Option<String> {
        match std::fs::read_to_string(self.root.join(relative)) {
            Ok(text) => Some(text),
            Err(err) => {
                let shown = self.display(relative);
                self.errors.push(ContentError::new(shown, "", format!("cannot read the file: {err}")));
                None
            }
        }
    }

    fn read<T: DeserializeOwned>(&mut self, relative: &str) -> Option<T> {
        let shown = self.display(relative);
        let text = self.read_text(relative)?;
        match toml::from_str::<toml::Value>(&text) {
            Ok(value) => self.files.push((shown.clone(), value)),
            Err(err) => {
                self.errors.push(ContentError::new(shown, "", format!("not valid TOML: {}", err.message())));
                return None;
            }
        }
        match toml::from_str::<T>(&text) {
            Ok(value) => Some(value),
            Err(err) => {
                let (field, message) = describe_toml_error(&err, &text);
                self.errors.push(ContentError::new(shown, field, message));
                None
            }
        }
    }

    /// Reads a Project Fluent file of simple messages into a typed struct: each message is one field. Variables
    /// (`{ $count }`) become `{count}` for the app to fill in. The messages also join the text checks.
    fn read_fluent<T: DeserializeOwned>(&mut self, relative: &str) -> Option<T> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
        let shown = self.display(relative);
        let text = self.read_text(relative)?;
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                for error in errors {
                    let line = text[..error.pos.start.min(text.len())].lines().count().max(1);
                    self.errors.push(ContentError::new(
                        &shown,
                        "",
                        format!("not valid Fluent (line {line}): {:?}", error.kind),
                    ));
                }
                return None;
            }
        };
        let mut messages = toml::map::Map::new();
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let id = message.id.name.to_string();
            let Some(pattern) = message.value else {
                self.errors.push(ContentError::new(&shown, &id, "has no text"));
                continue;
            };
            let mut value = String::new();
            for element in pattern.elements {
                match element {
                    PatternElement::TextElement { value: text } => value.push_str(text),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::VariableReference { id: var }),
                    } => {
                        value.push_str(&format!("{{{}}}", var.name));
                    }
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value: literal }),
                    } => {
                        value.push_str(literal);
                    }
                    _ => self.errors.push(ContentError::new(
                        &shown,
                        &id,
                        "uses Fluent features the app does not support here",
                    )),
                }
            }
            if messages.insert(id.clone(), toml::Value::String(value)).is_some() {
                self.errors.push(ContentError::new(&shown, &id, "is defined twice"));
            }
        }
        let table = toml::Value::Table(messages);
        self.files.push((shown.clone(), table.clone()));
        match T::deserialize(table) {
            Ok(value) => Some(value),
            Err(err) => {
                let message = err.message().to_string();
                let field = message.split('`').nth(1).filter(|_| message.contains("field")).unwrap_or("").to_string();
                self.errors.push(ContentError::new(shown, field, message));
                None
            }
        }
    }

    /// Reads a folder of files named after their `id` (options, stories), checking each id matches its file.
    fn read_named<T: DeserializeOwned>(&mut self, dir: &str, id: impl Fn(&T) -> &String) -> Vec<T> {
        let mut items = Vec::new();
        for (stem, item) in self.read_all::<T>(dir) {
            if *id(&item) != stem {
                self.errors.push(ContentError::new(
                    self.display(&format!("{dir}/{stem}.toml")),
                    "id",
                    format!("is \"{}\" but the file is named \"{stem}.toml\"", id(&item)),
                ));
            }
            items.push(item);
        }
        items
    }

    /// Reads every `*.toml` file in a folder, sorted by name.
    fn read_all<T: DeserializeOwned>(&mut self, relative_dir: &str) -> Vec<(String, T)> {
        let mut names: Vec<String> = list_dir(&self.root.join(relative_dir))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        names.sort();
        names
            .into_iter()
            .filter_map(|stem| {
                let value = self.read::<T>(&format!("{relative_dir}/{stem}.toml"))?;
                Some((stem, value))
            })
            .collect()
    }

    fn read_bundle(&mut self, lang: &str) -> Option<Bundle> {
        let ui = self.read_fluent::<Ui>(&format!("{lang}/ui.ftl"));
        let questions = self.read::<QuestionFile>(&format!("{lang}/questions.toml"));
        let glance = self.read::<GlanceContent>(&format!("{lang}/glance.toml"));
        let start = self.read::<StartPage>(&format!("{lang}/pages/start.toml"));
        let safety = self.read::<ArticlePage>(&format!("{lang}/pages/safety.toml"));
        let privacy = self.read::<ArticlePage>(&format!("{lang}/pages/privacy.toml"));
        let about = self.read::<ArticlePage>(&format!("{lang}/pages/about.toml"));
        let professionals = self.read::<ProfessionalsPage>(&format!("{lang}/pages/professionals.toml"));
        let how_to_start = self.read::<ArticlePage>(&format!("{lang}/pages/how-to-start.toml"));
        let contacts = self.read::<Contacts>(&format!("{lang}/contacts.toml"));
        let experiences = self.read::<ExperienceFile>(&format!("{lang}/experiences.toml"));
        let outcomes = self.read::<OutcomeFile>(&format!("{lang}/outcomes.toml"));
        let matters = self.read::<MattersContent>(&format!("{lang}/matters.toml"));
        let prompts = self.read::<Prompts>(&format!("{lang}/prompts.toml"));
        let check = self.read::<CheckContent>(&format!("{lang}/check.toml"));
        let sure = self.read::<SureContent>(&format!("{lang}/sure.toml"));
        let steps = self.read::<StepsContent>(&format!("{lang}/steps.toml"));

        let mut options = self.read_named::<OptionPage>(&format!("{lang}/options"), |o| &o.id);
        // Product order, not file-name order.
        options.sort_by_key(|o| OPTION_IDS.iter().position(|id| *id == o.id).unwrap_or(usize::MAX));
        let stories = self.read_named::<Story>(&format!("{lang}/stories"), |s| &s.id);

        Some(Bundle {
            lang: lang.to_string(),
            ui: ui?,
            questions: questions?.question,
            glance: glance?,
            options,
            pages: Pages {
                start: start?,
                safety: safety?,
                privacy: privacy?,
                about: about?,
                professionals: professionals?,
                how_to_start: how_to_start?,
            },
            contacts: contacts?,
            experiences: experiences?.experience,
            stories,
            outcomes: outcomes?.outcome,
            matters: matters?,
            prompts: prompts?,
            check: check?,
            sure: sure?,
            steps: steps?,
            // Filled in from references.toml once every language is read.
            references: Vec::new(),
            review: ArticlePage::default(),
            parts: super::parts::ALL_PARTS,
        })
    }
}

fn list_dir(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default()
}

/// Turns a serde/TOML error into (field, message). TOML's message names the field ("missing field `helps`");
/// the span tells where, which we turn into a line number.
fn describe_toml_error(err: &toml::de::Error, text: &str) -> (String, String) {
    let message = err.message().to_string();
    let field = message.split('`').nth(1).filter(|_| message.contains("field")).unwrap_or("").to_string();
    let line = err.span().map(|span| text[..span.start.min(text.len())].lines().count().max(1));
    let message = match line {
        Some(line) => format!("{message} (line {line})"),
        None => message,
    };
    (field, message)
}
