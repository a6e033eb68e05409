//! Native checks of the content files and of the rules that guard them. Each rule is shown to fail on a broken
//! copy of the real content, with a message that names the file and the field.
#![cfg(not(target_arch = "wasm32"))]

use ownpath::content::checks::ContentError;
use ownpath::content::source::load_dir;
use ownpath::content::{Library, QUESTION_IDS};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn real_content() -> Library {
    match load_dir(Path::new("assets/content")) {
        Ok(library) => library,
        Err(errors) => {
            panic!("content has problems:\n{}", errors.iter().map(|e| format!("  {e}\n")).collect::<String>())
        }
    }
}

/// A scratch copy of assets/content that a test may break.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "ownpath-content-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(Path::new("assets/content"), &dir);
        Scratch(dir)
    }

    fn edit(&self, relative: &str, change: impl FnOnce(String) -> String) {
        let path = self.0.join(relative);
        let text = std::fs::read_to_string(&path).unwrap();
        let changed = change(text.clone());
        assert_ne!(text, changed, "the edit to {relative} changed nothing");
        std::fs::write(path, changed).unwrap();
    }

    fn errors(&self) -> Vec<ContentError> {
        match load_dir(&self.0) {
            Ok(_) => panic!("broken content was accepted"),
            Err(errors) => errors,
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn assert_error(errors: &[ContentError], file_ends: &str, field: &str, message_part: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with(file_ends) && e.field.contains(field) && e.message.contains(message_part)),
        "expected an error in {file_ends} at {field} mentioning {message_part:?}; got:\n{}",
        errors.iter().map(|e| format!("  {e}\n")).collect::<String>()
    );
}

// The build already refuses content that breaks a rule (build.rs runs the same checks), so the real content is not
// checked again here; each rule is shown to fail on a broken copy instead.

#[test]
fn every_answer_has_substance() {
    // Not a build rule: a one-line answer is legal, but no option may be answered thinly.
    for bundle in &real_content().bundles {
        for option in &bundle.options {
            for q in QUESTION_IDS {
                let answer = option.answers.get(q).unwrap();
                assert!(
                    answer.split_whitespace().count() >= 15,
                    "{} {}: answer to {q} is too thin",
                    bundle.lang,
                    option.id
                );
            }
        }
    }
}

#[test]
fn the_writing_guide_lists_every_file_of_a_language() {
    // docs/CONTENT.md's table of files names each file and folder of a language, so a writer finds every one.
    let guide = std::fs::read_to_string("docs/CONTENT.md").expect("docs/CONTENT.md");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir("assets/content/en").expect("assets/content/en") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let listed = if path.is_dir() { format!("`en/{name}/") } else { format!("`en/{name}`") };
        if !guide.contains(&listed) {
            missing.push(listed);
        }
    }
    assert!(missing.is_empty(), "docs/CONTENT.md does not list {missing:?}");
}

#[test]
fn the_compiled_copy_matches_the_files() {
    // What the app decodes at run time is what the build checked.
    assert_eq!(ownpath::content::library(), &real_content());
}

#[test]
fn each_language_is_its_first_file_and_one_file_per_part_with_versioned_names() {
    use ownpath::content::decode::from_bytes;
    use ownpath::content::parts::{merge, ALL_PARTS, PARTS};
    use ownpath::content::{Bundle, LANGUAGE_BYTES, LANGUAGE_FILES};
    let langs: Vec<&str> = LANGUAGE_FILES.iter().map(|(lang, _, _)| *lang).collect();
    assert_eq!(langs, [ownpath::content::DEFAULT_LANGUAGE, "es"], "the default language (English) first");
    assert_eq!(ownpath::content::default_language(), ownpath::content::DEFAULT_LANGUAGE);
    assert_eq!(LANGUAGE_BYTES.len(), (1 + PARTS.len()) * LANGUAGE_FILES.len());
    for ((lang, core_name, part_names), files) in LANGUAGE_FILES.iter().zip(LANGUAGE_BYTES.chunks(1 + PARTS.len())) {
        assert!(core_name.starts_with(&format!("content/{lang}-")) && core_name.ends_with(".bin"), "{core_name}");
        let mut file: Bundle = from_bytes(files[0]).expect("a language file decodes");
        assert_eq!(file.lang, *lang);
        // The first file has the names and titles, but none of the parts.
        assert_eq!(file.parts, 0);
        assert!(file.options.iter().all(|o| o.answers.what.is_empty() && !o.name.is_empty()));
        assert!(file.options.iter().all(|o| o.glance.withdrawal.is_empty() && o.starting.is_none()));
        assert!(file.matters.statement.is_empty() && !file.matters.title.is_empty());
        // Every reference's key and short citation, without its details.
        assert!(!file.references.is_empty());
        assert!(file.references.iter().all(|r| !r.short.is_empty() && r.authors.is_empty() && r.finding.is_empty()));
        for ((part, name), bytes) in PARTS.into_iter().zip(part_names).zip(&files[1..]) {
            assert!(name.starts_with(&format!("content/{lang}-{}-", part.name())), "{name}");
            assert!(!file.has(part));
            assert!(merge(&mut file, part, bytes), "{name} fits");
            assert!(file.has(part));
        }
        assert_eq!(file.parts, ALL_PARTS);
        assert_eq!(&file, real_content().bundle(lang), "split and merged gives back what the build checked");
    }
    // The hash in the name follows the bytes: no two files share a name.
    let mut names: Vec<&str> =
        LANGUAGE_FILES.iter().flat_map(|(_, a, b)| std::iter::once(*a).chain(b.iter().copied())).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), LANGUAGE_FILES.len() * (1 + PARTS.len()));
}

#[test]
fn each_option_has_its_own_part_named_for_it() {
    use ownpath::content::parts::Part;
    use ownpath::content::OPTION_IDS;
    for (index, id) in OPTION_IDS.iter().enumerate() {
        let part = Part::option(id).expect("an option's part");
        assert_eq!(part, Part::Option(index as u8));
        assert_eq!(part.name(), format!("option-{id}"));
        assert_eq!(Part::from_name(part.name()), Some(part));
    }
    assert_eq!(Part::option("not-an-option"), None);
    for part in ownpath::content::parts::PARTS {
        assert_eq!(Part::from_name(part.name()), Some(part), "every part's name is its own");
    }
    let bits: Vec<u32> = ownpath::content::parts::PARTS.iter().map(|p| p.bit()).collect();
    assert!(bits.iter().enumerate().all(|(i, bit)| *bit == 1 << i), "one bit each: {bits:?}");
}

/// Compiles `src/content/decode.rs` with one content struct declared by `content_struct!` and returns the compiler's
/// messages, or `None` when it compiled.
fn compile_content_struct(name: &str, declaration: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("ownpath-decode-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let decode_rs = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/decode.rs");
    let source = format!(
        "#[path = {:?}]\nmod decode;\nuse decode::{{content_struct, Decode, Reader}};\ncontent_struct! {{\n{declaration}\n}}\n",
        decode_rs.display().to_string()
    );
    std::fs::write(dir.join("lib.rs"), source).unwrap();
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let output = std::process::Command::new(rustc)
        .args(["--edition", "2021", "--crate-type", "lib", "--emit", "metadata", "-A", "warnings", "--out-dir"])
        .arg(&dir)
        .arg(dir.join("lib.rs"))
        .output()
        .expect("run rustc");
    std::fs::remove_dir_all(&dir).ok();
    (!output.status.success()).then(|| String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn the_content_decoder_refuses_serde_attributes_it_cannot_mirror() {
    // Without serde attributes (and with doc comments and others) a struct compiles: the refusals below are the
    // macro's, not a broken harness.
    let plain =
        "/// A struct.\n#[derive(Debug)]\npub struct Plain {\n/// A field.\npub a: String,\npub b: Vec<u32>,\n}";
    assert_eq!(compile_content_struct("plain", plain), None);
    for (name, attribute, field_level) in [
        ("skip", "skip", true),
        ("skip-if", "default, skip_serializing_if = \"Option::is_none\"", true),
        ("flatten", "flatten", true),
        ("with", "with = \"a_module\"", true),
        ("transparent", "transparent", false),
        ("into", "into = \"String\"", false),
    ] {
        let declaration = if field_level {
            format!("pub struct Refused {{\n#[serde({attribute})]\npub a: Option<String>,\n}}")
        } else {
            format!("#[serde({attribute})]\npub struct Refused {{\npub a: String,\n}}")
        };
        let errors = compile_content_struct(name, &declaration).unwrap_or_else(|| panic!("{name} compiled"));
        let refused = attribute.split(", ").last().unwrap();
        assert!(
            errors.contains(&format!("content_struct! cannot mirror #[serde({refused})]")),
            "{name}: the error says why:\n{errors}"
        );
    }
}

#[test]
fn a_part_of_another_version_is_refused() {
    use ownpath::content::parts::{merge, split, Part};
    let library = real_content();
    let mut english = library.bundle("en").clone();
    let parts = split(&mut english);
    assert!(english.stories.iter().all(|s| s.body.is_empty()));
    // One story fewer than the bundle has: refused, and the bundle is left as it was.
    let mut short = parts.stories.clone();
    short.stories.pop();
    let before = english.clone();
    assert!(!merge(&mut english, Part::Stories, &postcard_bytes(&short)));
    assert!(!merge(&mut english, Part::Stories, b"not ours"));
    // An option's file offered as the stories' file, or as another option's: refused.
    assert!(!merge(&mut english, Part::Stories, &postcard_bytes(&parts.options[0])));
    assert!(!merge(&mut english, Part::Option(1), &postcard_bytes(&parts.options[0])));
    assert_eq!(english, before);
    // A story card or a reference fewer: refused too (each part that puts texts back item by item checks the count).
    let mut pages = parts.pages.clone();
    pages.stories.pop();
    assert!(!merge(&mut english, Part::Pages, &postcard_bytes(&pages)));
    let mut sources = parts.sources.clone();
    sources.references.pop();
    assert!(!merge(&mut english, Part::Sources, &postcard_bytes(&sources)));
    assert_eq!(english, before);
    // Every part's file, as build.rs writes them, fits.
    struct Files(Vec<(Part, Vec<u8>)>);
    impl ownpath::content::parts::WritePart for Files {
        fn write<T: serde::Serialize>(&mut self, part: Part, texts: &T) {
            self.0.push((part, postcard_bytes(texts)));
        }
    }
    let mut files = Files(Vec::new());
    parts.write_each(&mut files);
    assert_eq!(files.0.iter().map(|(part, _)| *part).collect::<Vec<_>>(), ownpath::content::parts::PARTS);
    for (part, bytes) in files.0 {
        assert!(merge(&mut english, part, &bytes), "{part:?}");
    }
    assert_eq!(&english, library.bundle("en"));
}

/// The compiled format, as build.rs writes it.
fn postcard_bytes<T: serde::Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("serializes")
}

#[test]
fn a_damaged_language_file_is_refused_without_a_panic() {
    use ownpath::content::decode::from_bytes;
    use ownpath::content::parts::{merge, PARTS};
    use ownpath::content::Bundle;
    let files = &ownpath::content::LANGUAGE_BYTES[..1 + PARTS.len()];
    let core: Bundle = from_bytes(files[0]).expect("the first file decodes");
    // index 0 is the first file, 1.. the parts in order.
    let decodes = |index: usize, bytes: &[u8]| match index {
        0 => from_bytes::<Bundle>(bytes).is_some(),
        i => merge(&mut core.clone(), PARTS[i - 1], bytes),
    };
    for (index, bytes) in files.iter().enumerate() {
        assert!(decodes(index, bytes));
        // Cut short anywhere: never a partial bundle.
        for cut in (0..bytes.len()).step_by(997).chain([bytes.len() - 1]) {
            assert!(!decodes(index, &bytes[..cut]), "file {index} cut at {cut} was accepted");
        }
        // One extra byte at the end: refused too.
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(!decodes(index, &longer));
        // Changed bytes: either refused or decoded, but never a panic or a runaway allocation.
        for at in (0..bytes.len()).step_by(331) {
            for value in [0x00, 0x7f, 0xff] {
                let mut changed = bytes.to_vec();
                changed[at] = value;
                let _ = decodes(index, &changed);
            }
        }
    }
    // A length claiming more bytes than there are is refused at once.
    assert!(from_bytes::<Vec<String>>(&[0xff, 0xff, 0xff, 0xff, 0x0f]).is_none());
    assert!(from_bytes::<String>(&[2, 0xc3, 0x28]).is_none(), "invalid UTF-8 is refused");
    assert_eq!(from_bytes::<Vec<String>>(&[2, 1, b'a', 0]), Some(vec!["a".to_string(), String::new()]));
}

#[test]
fn a_missing_answer_names_the_file_and_the_question() {
    let scratch = Scratch::new();
    scratch.edit("en/options/methadone.toml", |t| {
        let start = t.find("\nhelps = \"\"\"").expect("methadone has helps");
        let end = start + 1 + t[start + 1..].find("\"\"\"\n").unwrap() + 3;
        let end = end + t[end..].find("\"\"\"").unwrap() + 3;
        format!("{}{}", &t[..start], &t[end..])
    });
    assert_error(&scratch.errors(), "en/options/methadone.toml", "helps", "missing field");
}

#[test]
fn an_empty_answer_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/options/taper.toml", |t| {
        let start = t.find("\nwho = \"\"\"").unwrap() + "\nwho = \"\"\"".len();
        let end = start + t[start..].find("\"\"\"").unwrap();
        format!("{}{}", &t[..start], &t[end..])
    });
    assert_error(&scratch.errors(), "en/options/taper.toml", "answers.who", "empty");
}

#[test]
fn a_missing_option_file_is_refused() {
    let scratch = Scratch::new();
    std::fs::remove_file(scratch.0.join("en/options/naltrexone.toml")).unwrap();
    assert_error(&scratch.errors(), "en/options/naltrexone.toml", "", "missing");
}

#[test]
fn a_stigmatizing_word_names_the_file_and_field() {
    let scratch = Scratch::new();
    scratch.edit("en/options/abstinence.toml", |t| t.replacen("tagline = \"", "tagline = \"For every addict: ", 1));
    assert_error(&scratch.errors(), "en/options/abstinence.toml", "tagline", "addict");

    let scratch = Scratch::new();
    scratch.edit("en/pages/safety.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"Stay clean. ", 1));
    assert_error(&scratch.errors(), "en/pages/safety.toml", "lead", "clean");

    let scratch = Scratch::new();
    scratch.edit("en/ui.ftl", |t| t.replacen("nav_options = ", "nav_options = Substance abuse ", 1));
    assert_error(&scratch.errors(), "en/ui.ftl", "nav_options", "substance abuse");

    let scratch = Scratch::new();
    scratch.edit("es/pages/start.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"Para cada adicto. ", 1));
    assert_error(&scratch.errors(), "es/pages/start.toml", "lead", "adicto");
}

#[test]
fn a_number_without_a_source_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/options/harm-reduction.toml", |t| {
        t.replacen("tagline = \"", "tagline = \"Cuts deaths by 90 percent. ", 1)
    });
    assert_error(&scratch.errors(), "en/options/harm-reduction.toml", "tagline", "needs a source");
}

#[test]
fn a_citation_of_an_unknown_source_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/options/buprenorphine.toml", |t| {
        let (head, answers) = t.split_once("[answers]").unwrap();
        format!("{head}[answers]{}", answers.replacen("[@", "[@nosuchpaper2099] [@", 1))
    });
    assert_error(&scratch.errors(), "en/options/buprenorphine.toml", "answers", "nosuchpaper2099");
}

#[test]
fn a_figure_without_who_was_studied_is_refused() {
    // The naltrexone pictures count people who were already in inpatient detox and were assigned, not chose: a
    // figure whose context leaves out its study (no citation of its own source) is refused.
    let scratch = Scratch::new();
    scratch.edit("en/options/naltrexone.toml", |t| {
        let start = t.find("context = ").unwrap();
        let end = start + t[start..].find('\n').unwrap();
        format!("{}context = \"People took part in a trial.\"{}", &t[..start], &t[end..])
    });
    assert_error(&scratch.errors(), "en/options/naltrexone.toml", "figures[0].context", "who was studied");

    // A figure with no context at all does not load.
    let scratch = Scratch::new();
    scratch.edit("es/options/taper.toml", |t| {
        let start = t.find("context = ").unwrap();
        let end = start + t[start..].find('\n').unwrap() + 1;
        format!("{}{}", &t[..start], &t[end..])
    });
    assert_error(&scratch.errors(), "es/options/taper.toml", "", "context");
}

#[test]
fn an_anchor_id_used_twice_or_not_a_slug_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/pages/safety.toml", |t| t.replacen("id = \"naloxone\"", "id = \"help-now\"", 1));
    scratch.edit("es/pages/professionals.toml", |t| t.replacen("id = \"coming-off\"", "id = \"Coming off\"", 1));
    let errors = scratch.errors();
    assert_error(&errors, "en/pages/safety.toml", "sections[1].id", "\"help-now\" is used twice");
    assert_error(&errors, "es/pages/professionals.toml", "beliefs.item[0].id", "lowercase letters, digits and hyphens");
}

#[test]
fn a_link_to_a_page_that_does_not_exist_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/pages/privacy.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"See [this](/nowhere). ", 1));
    assert_error(&scratch.errors(), "en/pages/privacy.toml", "lead", "/nowhere");

    let scratch = Scratch::new();
    scratch.edit("en/pages/privacy.toml", |t| {
        t.replacen("lead = \"\"\"", "lead = \"\"\"See [this](/options/heroin-vaccine). ", 1)
    });
    assert_error(&scratch.errors(), "en/pages/privacy.toml", "lead", "/options/heroin-vaccine");
}

#[test]
fn a_missing_interface_string_is_named_in_any_language() {
    for lang in ownpath::content::languages() {
        let scratch = Scratch::new();
        let file = format!("{lang}/ui.ftl");
        scratch.edit(&file, |t| t.lines().filter(|l| !l.starts_with("skip_link =")).collect::<Vec<_>>().join("\n"));
        assert_error(&scratch.errors(), &file, "skip_link", "missing field");
    }
}

#[test]
fn a_missing_translation_is_caught() {
    // A story missing in Spanish.
    let library = real_content();
    let story = &library.bundles[0].stories[3].id;
    let scratch = Scratch::new();
    std::fs::remove_file(scratch.0.join(format!("es/stories/{story}.toml"))).unwrap();
    assert_error(&scratch.errors(), "es/stories/", "id", story);

    // An answer missing in Spanish.
    let scratch = Scratch::new();
    scratch.edit("es/options/taper.toml", |t| {
        let start = t.find("\nwho = \"\"\"").unwrap();
        let body = start + "\nwho = \"\"\"".len();
        let close = body + t[body..].find("\"\"\"").unwrap() + 3;
        format!("{}{}", &t[..start], &t[close..])
    });
    assert_error(&scratch.errors(), "es/options/taper.toml", "who", "missing field");

    // A "what matters" statement missing in Spanish.
    let scratch = Scratch::new();
    let first = library.bundles[0].matters.statement[0].id.clone();
    scratch.edit("es/matters.toml", |t| t.replacen(&format!("id = \"{first}\""), "id = \"something-else\"", 1));
    assert_error(&scratch.errors(), "es/matters.toml", "statement", &first);

    // A section of an article and a figure's count that differ in Spanish.
    let scratch = Scratch::new();
    scratch.edit("es/pages/privacy.toml", |t| t.replacen("id = \"remember\"", "id = \"recordar\"", 1));
    scratch.edit("es/options/methadone.toml", |t| t.replacen("count = 11 }", "count = 12 }", 1));
    let errors = scratch.errors();
    assert_error(&errors, "es/pages/privacy.toml", "sections", "missing [\"remember\"], extra [\"recordar\"]");
    assert_error(&errors, "es/options/methadone.toml", "figures", "differs from English");
}

#[test]
fn a_translation_must_use_the_same_message_variables() {
    // Spanish drops the total ("Showing 3 of stories") and names a variable English does not have.
    let scratch = Scratch::new();
    scratch.edit("es/ui.ftl", |t| t.replacen("de { $total } historias", "de { $todas } historias", 1));
    assert_error(&scratch.errors(), "es/ui.ftl", "stories_count", "\"todas\"");

    let scratch = Scratch::new();
    scratch.edit("es/ui.ftl", |t| t.replacen("Se muestran { $shown } de", "Se muestran de", 1));
    assert_error(&scratch.errors(), "es/ui.ftl", "stories_count", "English uses [\"shown\", \"total\"]");
}

#[test]
fn a_story_about_an_unknown_option_is_refused() {
    let library = real_content();
    let story = &library.bundles[0].stories[0];
    let scratch = Scratch::new();
    scratch.edit(&format!("en/stories/{}.toml", story.id), |t| {
        t.replacen("options = [", "options = [\"magic-cure\", ", 1)
    });
    assert_error(&scratch.errors(), &format!("en/stories/{}.toml", story.id), "options[0]", "magic-cure");
}

#[test]
fn invalid_toml_names_the_file() {
    let scratch = Scratch::new();
    scratch.edit("en/pages/start.toml", |t| format!("{t}\nthis is not toml"));
    assert_error(&scratch.errors(), "en/pages/start.toml", "", "TOML");
}

#[test]
fn a_story_ending_on_an_option_it_is_not_about_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/stories/dana-take-homes.toml", |t| t.replace("ending = \"methadone\"", "ending = \"naltrexone\""));
    assert_error(&scratch.errors(), "en/stories/dana-take-homes.toml", "ending", "must be one of this story's options");
}

#[test]
fn a_story_whose_tags_and_ending_disagree_is_refused() {
    // Tom's story is tagged "a slow taper I chose, and it worked"; ending it back on methadone contradicts the tag.
    let scratch = Scratch::new();
    scratch.edit("en/stories/tom-slow-taper.toml", |t| t.replace("ending = \"taper\"", "ending = \"methadone\""));
    scratch.edit("es/stories/tom-slow-taper.toml", |t| t.replace("ending = \"taper\"", "ending = \"methadone\""));
    assert_error(&scratch.errors(), "en/stories/tom-slow-taper.toml", "experiences[0]", "to end on one of [\"taper\"]");

    // A tag about an option the story is not about.
    let scratch = Scratch::new();
    scratch.edit("en/stories/kai-staying-safer.toml", |t| {
        t.replace(
            "experiences = [\"harm-reduction-first\"",
            "experiences = [\"harm-reduction-first\", \"bup-family-doctor\"",
        )
    });
    assert_error(
        &scratch.errors(),
        "en/stories/kai-staying-safer.toml",
        "experiences[1]",
        "about one of [\"buprenorphine\"]",
    );
}

#[test]
fn too_few_stories_ending_on_an_option_is_refused() {
    // Mia's story is one of the two that end on staying safer; without it only one is left.
    let scratch = Scratch::new();
    std::fs::remove_file(scratch.0.join("en/stories/mia-safer-for-now.toml")).unwrap();
    assert_error(&scratch.errors(), "en/stories/", "ending", "only 1 stories end on \"harm-reduction\"");
}

#[test]
fn medication_endings_outnumbering_medication_free_endings_is_refused() {
    // Two stories that end without medication moved to end on buprenorphine: 11 on medication against 7 without.
    let scratch = Scratch::new();
    for (story, from) in [("daniel-culture", "taper"), ("rosa-faith", "abstinence")] {
        for lang in ownpath::content::languages() {
            scratch.edit(&format!("{lang}/stories/{story}.toml"), |t| {
                t.replace(&format!("ending = \"{from}\""), "ending = \"buprenorphine\"")
                    .replace("options = [\"", "options = [\"buprenorphine\", \"")
            });
        }
    }
    assert_error(&scratch.errors(), "en/stories/", "ending", "keep them within one of each other");
}

#[test]
fn a_path_no_story_shows_not_fitting_is_refused() {
    // Ray's is the only story where naltrexone did not fit; without that, naltrexone only ever works.
    let scratch = Scratch::new();
    scratch.edit("en/stories/ray-switch.toml", |t| t.replace("did_not_fit = [\"naltrexone\"]\n", ""));
    assert_error(&scratch.errors(), "en/stories/", "did_not_fit", "no story shows \"naltrexone\" not fitting someone");
}

#[test]
fn a_story_where_its_own_ending_did_not_fit_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/stories/tasha-wanted-more.toml", |t| {
        t.replace("did_not_fit = [\"harm-reduction\"]", "did_not_fit = [\"harm-reduction\", \"abstinence\"]")
    });
    assert_error(&scratch.errors(), "en/stories/", "tasha-wanted-more.did_not_fit", "not its ending");
}

#[test]
fn a_translated_story_with_another_ending_is_refused() {
    let scratch = Scratch::new();
    scratch
        .edit("es/stories/leah-taper-return.toml", |t| t.replace("ending = \"buprenorphine\"", "ending = \"taper\""));
    assert_error(&scratch.errors(), "es/stories/", "ending", "differs from English");
}

/// Replaces the value of a one-line `key = "…"` in a file's text.
fn set_line(text: &str, key: &str, value: &str) -> String {
    let start = text.find(&format!("\n{key} = \"")).unwrap_or_else(|| panic!("no line for {key}")) + 1;
    let end = start + text[start..].find('\n').unwrap();
    format!("{}{key} = {value:?}{}", &text[..start], &text[end..])
}

#[test]
fn a_short_answer_that_runs_long_is_refused() {
    let scratch = Scratch::new();
    let long = "People tell us this can be hard in many ways, and each of those ways is worth talking over with \
                someone you trust before you decide anything at all.";
    scratch.edit("en/options/taper.toml", |t| set_line(&t, "hard", long));
    assert_error(&scratch.errors(), "en/options/taper.toml", "glance.hard", "at most 22");
}

#[test]
fn a_short_answer_with_a_link_or_list_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/options/methadone.toml", |t| set_line(&t, "pregnancy", "Yes. Read [the safety page](/safety)."));
    assert_error(&scratch.errors(), "en/options/methadone.toml", "glance.pregnancy", "one plain paragraph");
}

#[test]
fn a_missing_short_answer_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("es/options/abstinence.toml", |t| {
        let start = t.find("\nwhere_to_go = \"").unwrap();
        let end = start + 1 + t[start + 1..].find('\n').unwrap();
        format!("{}{}", &t[..start], &t[end..])
    });
    assert_error(&scratch.errors(), "es/options/abstinence.toml", "where_to_go", "missing field");
}

#[test]
fn a_medication_without_its_starting_box_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/options/naltrexone.toml", |t| {
        let start = t.find("\n[starting]").expect("naltrexone has a Starting box");
        let end = start + 1 + t[start + 1..].find("\n[").unwrap();
        format!("{}{}", &t[..start], &t[end..])
    });
    let errors = scratch.errors();
    assert_error(&errors, "en/options/naltrexone.toml", "starting", "every medication has a Starting box");
    // Spanish still has its box: the languages disagree, and that is named too.
    assert_error(&errors, "es/options/", "starting", "differs from English");
}

#[test]
fn short_questions_out_of_order_or_pointing_nowhere_are_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/glance.toml", |t| {
        t.replacen("id = \"visits\"", "id = \"cost\"", 1).replacen("section = \"day\"", "section = \"daily\"", 1)
    });
    let errors = scratch.errors();
    assert_error(&errors, "en/glance.toml", "question", "must be the short questions in order");
    assert_error(&errors, "en/glance.toml", "question[1].section", "is not one of the long answers");
}

// Issue 16: every page of the page table (src/routes/table.rs) has the worker's prompts, and no prompts name a page
// the table lacks.
#[test]
fn a_page_without_worker_prompts_or_prompts_for_no_page_are_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/prompts.toml", |t| t.replacen("\ncompare = [", "\ncomparing = [", 1));
    let errors = scratch.errors();
    assert_error(&errors, "en/prompts.toml", "pages.compare", "every page needs prompts for the worker");
    assert_error(&errors, "en/prompts.toml", "pages.comparing", "no page has this key");
}

// Issue 15, session mode: every option has its own prompts for the worker, each linking to a belief on
// /professionals that exists.

#[test]
fn an_option_without_its_own_worker_prompts_is_refused() {
    let scratch = Scratch::new();
    scratch.edit("es/prompts.toml", |t| {
        let start = t.find("\nnaltrexone = [").unwrap();
        let end = start + t[start..].find("]\n").unwrap() + 2;
        format!("{}{}", &t[..start + 1], &t[end..])
    });
    let errors = scratch.errors();
    assert_error(&errors, "es/prompts.toml", "by_option.naltrexone", "its own three or four prompts");
    // And Spanish no longer has the same options as English.
    assert_error(&errors, "es/prompts.toml", "by_option", "differs from English");
}

#[test]
fn a_worker_prompt_must_link_to_a_belief_that_exists() {
    let scratch = Scratch::new();
    scratch.edit("en/prompts.toml", |t| t.replacen("(/professionals#swapping)", "(/professionals#nowhere)", 1));
    assert_error(
        &scratch.errors(),
        "en/prompts.toml",
        "by_option.methadone[0]",
        "no belief on that page has the id \"nowhere\"",
    );

    let scratch = Scratch::new();
    scratch.edit("en/prompts.toml", |t| {
        t.replacen(
            "[just swapping one drug for another](/professionals#swapping)",
            "just swapping one drug for another",
            1,
        )
    });
    assert_error(&scratch.errors(), "en/prompts.toml", "by_option.methadone[0]", "link the prompt to the belief");

    // A belief's id that changes breaks the prompts that link to it, and must change in every language.
    let scratch = Scratch::new();
    scratch.edit("es/pages/professionals.toml", |t| t.replacen("id = \"detox\"", "id = \"desintoxicacion\"", 1));
    let errors = scratch.errors();
    assert_error(&errors, "es/prompts.toml", "by_option.abstinence", "no belief on that page has the id \"detox\"");
    assert_error(&errors, "es/pages/professionals.toml", "beliefs.item.id", "differs from English");
}

#[test]
fn the_worker_prompts_of_an_unknown_option_and_a_missing_route_are_refused() {
    let scratch = Scratch::new();
    scratch.edit("en/prompts.toml", |t| {
        t.replacen("[by_option]\n", "[by_option]\nheroin-vaccine = [\"Some say [this](/professionals#detox).\"]\n", 1)
    });
    assert_error(&scratch.errors(), "en/prompts.toml", "by_option.heroin-vaccine", "is not an option id");

    let scratch = Scratch::new();
    scratch.edit("en/prompts.toml", |t| {
        let start = t.find("route = [").unwrap();
        let end = start + t[start..].find("]\n").unwrap() + 2;
        format!("{}route = []\n{}", &t[..start], &t[end..])
    });
    assert_error(&scratch.errors(), "en/prompts.toml", "route", "suggest a route");
}

#[test]
fn every_option_needs_its_own_way_to_start_and_who_to_call_comes_first() {
    // Issue 25: each option page links to its own section of /how-to-start, by the option's id.
    let scratch = Scratch::new();
    scratch.edit("en/pages/how-to-start.toml", |t| t.replacen("id = \"naltrexone\"", "id = \"naltrexone-shot\"", 1));
    assert_error(&scratch.errors(), "en/pages/how-to-start.toml", "sections", "no section with id \"naltrexone\"");

    let scratch = Scratch::new();
    scratch.edit("es/pages/how-to-start.toml", |t| t.replacen("id = \"who-to-call\"", "id = \"contactos\"", 1));
    assert_error(&scratch.errors(), "es/pages/how-to-start.toml", "sections", "who-to-call");
}

#[test]
fn a_national_finder_needs_a_full_https_address() {
    let scratch = Scratch::new();
    scratch.edit("en/contacts.toml", |t| t.replacen("\"https://findtreatment.gov/\"", "\"findtreatment.gov\"", 1));
    assert_error(&scratch.errors(), "en/contacts.toml", "finder[0].address", "not a full https:// address");
}

#[test]
fn a_tool_has_one_name_in_the_menu_and_on_its_page() {
    let scratch = Scratch::new();
    scratch
        .edit("es/ui.ftl", |t| t.replacen("nav_check = Comprueba lo que sabes", "nav_check = Revisa lo que sabes", 1));
    assert_error(&scratch.errors(), "es/check.toml", "title", "nav_check");
}

// Issue 27: a language is its folder. What is true of a language (its name, direction, number and date style,
// words to avoid) lives in its `language.toml`; a folder without it, or with a key missing, is refused by name.

#[test]
fn a_language_without_its_language_file_is_refused_by_name() {
    let scratch = Scratch::new();
    std::fs::remove_file(scratch.0.join("es/language.toml")).unwrap();
    assert_error(&scratch.errors(), "es/language.toml", "", "cannot read the file");

    let scratch = Scratch::new();
    scratch.edit("es/language.toml", |t| t.replace("direction = \"ltr\"\n", ""));
    assert_error(&scratch.errors(), "es/language.toml", "", "direction");

    let scratch = Scratch::new();
    scratch.edit("en/language.toml", |t| t.replace("direction = \"ltr\"", "direction = \"sideways\""));
    assert_error(&scratch.errors(), "en/language.toml", "direction", "\"ltr\"");

    let scratch = Scratch::new();
    scratch.edit("es/language.toml", |t| t.replace("\"diciembre\",", ""));
    assert_error(&scratch.errors(), "es/language.toml", "dates.months", "twelve");
}

#[test]
fn a_new_language_folder_is_checked_with_its_own_words_to_avoid() {
    // A third language, made from the Spanish folder: the build finds it by its folder, and holds its texts to
    // the words its own language.toml lists (not English's or Spanish's).
    let scratch = Scratch::new();
    copy_dir(&scratch.0.join("es"), &scratch.0.join("xx"));
    scratch.edit("xx/language.toml", |t| {
        t.replace("name = \"Español\"", "name = \"Xx\"")
            .replace("words = [\"limpio\", \"limpia\", \"sucio\", \"sucia\"]", "words = [\"apoyo\"]")
    });
    let errors = scratch.errors();
    assert!(!errors.is_empty(), "the new language's texts use its word to avoid");
    assert!(errors.iter().all(|e| e.file.contains("/xx/")), "only the new language has problems: {errors:?}");
    assert!(errors.iter().all(|e| e.message.contains("\"apoyo\"")), "{errors:?}");

    // Its words are its own: with "apoyo" allowed again, a Spanish word to avoid in its texts is caught.
    let scratch = Scratch::new();
    copy_dir(&scratch.0.join("es"), &scratch.0.join("xx"));
    scratch.edit("xx/pages/start.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"Para el toxicómano. ", 1));
    assert_error(&scratch.errors(), "xx/pages/start.toml", "lead", "toxicómano");
    // Without the accent too.
    let scratch = Scratch::new();
    scratch.edit("es/pages/start.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"Para el TOXICOMANO. ", 1));
    assert_error(&scratch.errors(), "es/pages/start.toml", "lead", "toxicómano");
}

#[test]
fn english_words_to_avoid_are_not_held_against_spanish_texts() {
    // "clean" is on English's list, not Spanish's: a Spanish text may quote a brand or a name with it.
    let scratch = Scratch::new();
    scratch.edit("es/pages/start.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"Clean Slate. ", 1));
    assert!(load_dir(&scratch.0).is_ok(), "a Spanish text is held to Spanish's words, not English's");
    let scratch = Scratch::new();
    scratch.edit("en/pages/start.toml", |t| t.replacen("lead = \"\"\"", "lead = \"\"\"Clean Slate. ", 1));
    assert_error(&scratch.errors(), "en/pages/start.toml", "lead", "clean");
}

#[test]
fn a_misspelled_option_id_in_the_knowledge_check_or_the_experiences_is_refused() {
    // Found by adding a throwaway seventh option (issue 27): these lists took any id without a word.
    let scratch = Scratch::new();
    scratch.edit("en/check.toml", |t| t.replacen("myth_for = [\"", "myth_for = [\"abstinance\", \"", 1));
    assert_error(&scratch.errors(), "en/check.toml", "myth_for[0]", "\"abstinance\" is not an option id");

    let scratch = Scratch::new();
    scratch.edit("es/experiences.toml", |t| t.replacen("options = [\"", "options = [\"metadona\", \"", 1));
    assert_error(&scratch.errors(), "es/experiences.toml", "options[0]", "options!");

    // A story's and a step's lists are held to the same list, with the same message.
    let scratch = Scratch::new();
    scratch.edit("en/stories/dana-take-homes.toml", |t| t.replacen("options = [\"", "options = [\"methadon\", \"", 1));
    scratch.edit("en/steps.toml", |t| t.replacen("options = [\"", "options = [\"tapper\", \"", 1));
    let errors = scratch.errors();
    assert_error(
        &errors,
        "en/stories/dana-take-homes.toml",
        "options[0]",
        "\"methadon\" is not an option id (the options",
    );
    assert_error(&errors, "en/steps.toml", "step[0].options[0]", "\"tapper\" is not an option id (the options");
}
