//! Reads and checks `assets/content/`, then writes compact files per language: the first with what every page needs,
//! and one file per part of the content only some pages show (`src/content/parts.rs`). The app fetches the files
//! of the language in use (so the first load carries one language, not all of them); native builds and tests
//! compile every file in. Any content problem stops the build with a message naming the file and the field.

#[path = "src/content/checks/mod.rs"]
#[allow(dead_code, unused_imports)]
mod checks;
#[path = "src/content/decode.rs"]
#[allow(dead_code)]
mod decode;
#[path = "src/content/fnv.rs"]
#[allow(dead_code)]
mod fnv;
#[path = "src/content/markup.rs"]
#[allow(dead_code)]
mod markup;
#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/part_texts.rs"]
#[allow(dead_code)]
mod part_texts;
#[path = "src/content/parts.rs"]
#[allow(dead_code)]
mod parts;
#[path = "src/content/pseudo.rs"]
#[allow(dead_code)]
mod pseudo;
#[path = "src/content/review.rs"]
#[allow(dead_code)]
mod review;
#[path = "src/content/sorted.rs"]
#[allow(dead_code)]
mod sorted;
#[path = "src/content/source.rs"]
#[allow(dead_code)]
mod source;
#[path = "src/content/ui.rs"]
#[allow(dead_code)]
mod ui;

/// The page table as plain data (`src/routes/`, which depends on nothing else): the paths content may link to and
/// the worker's prompts each page needs.
#[path = "src/routes/mod.rs"]
#[allow(dead_code, unused_imports, unused_macros)]
mod routes;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=assets/content");
    // Every file of src/content/, so a module added there and shared with this script is never missed.
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/routes");
    // The pseudo-languages (`./x pseudo`, never shipped): `src/content/pseudo.rs`.
    println!("cargo:rerun-if-env-changed={}", pseudo::SWITCH);

    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let loaded = source::load_checked_with_pseudo(Path::new("assets/content"), &out_dir);
    let source::Loaded { library, languages, .. } = match loaded {
        Ok(loaded) => loaded,
        Err(errors) => {
            eprintln!("\nOwnPath content has {} problem(s):\n", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            eprintln!("\nSee docs/CONTENT.md for the rules.\n");
            std::process::exit(1);
        }
    };
    let mut files = String::new();
    let mut embedded = String::new();
    let mut facts = String::new();
    for (bundle, language) in library.bundles.iter().zip(&languages) {
        facts.push_str(&format!(
            "    LanguageFacts {{ code: {:?}, name: {:?}, rtl: {}, group_separator: {:?}, group_from_digits: {}, \
             date_pattern: {:?}, months: &{:?} }},\n",
            bundle.lang,
            language.name,
            language.direction == "rtl",
            language.numbers.group_separator,
            language.numbers.group_from_digits,
            language.dates.pattern,
            language.dates.months,
        ));
    }
    for mut bundle in library.bundles {
        let lang = bundle.lang.clone();
        // Files per language: what every page needs, then the parts only some pages show, in the order of
        // `parts::PARTS` (parts.rs).
        let parts = parts::split(&mut bundle);
        let mut files_of_language = Files(vec![("", encode(&bundle))]);
        parts.write_each(&mut files_of_language);
        let Files(files_of_language) = files_of_language;
        assert_eq!(files_of_language.len(), 1 + parts::PARTS.len(), "one file per part");
        let mut names = Vec::new();
        for (part, bytes) in files_of_language {
            let part = if part.is_empty() { String::new() } else { format!("-{part}") };
            // The name carries a hash of the bytes, so a browser or the offline worker never mixes old and new.
            names.push(format!("content/{lang}{part}-{:016x}.bin", fnv::fnv1a(&bytes)));
            let path = out_dir.join(format!("content-{lang}{part}.bin"));
            std::fs::write(&path, &bytes).expect("write a language file");
            embedded.push_str(&format!("include_bytes!({:?}), ", path.display().to_string()));
        }
        files.push_str(&format!("    ({lang:?}, {:?}, {:?}),\n", names[0], &names[1..]));
        embedded.push('\n');
    }
    let count = parts::PARTS.len();
    let index = format!(
        "/// Every language of this build, the default first, with its files (under the app root): the content every\n\
         /// page needs, then one file per part in the order of `parts::PARTS`.\n\
         pub const LANGUAGE_FILES: &[(&str, &str, [&str; {count}])] = &[\n{files}];\n\n\
         /// The same files, compiled in, for builds that carry every language: one entry per file.\n\
         #[cfg(content_embedded)]\n\
         pub static LANGUAGE_BYTES: &[&[u8]] = &[\n{embedded}];\n\n\
         /// What is true of each language (its `language.toml`), in the same order.\n\
         pub const LANGUAGE_FACTS: &[LanguageFacts] = &[\n{facts}];\n"
    );
    std::fs::write(out_dir.join("content_files.rs"), index).expect("write content_files.rs");

    // Native builds (prerendering, tests) and the `embed-content` feature compile every language in.
    println!("cargo::rustc-check-cfg=cfg(content_embedded)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_EMBED_CONTENT").is_some() {
        println!("cargo:rustc-cfg=content_embedded");
    }
}

/// A language's files as they are written: each part's name ("" for the first file) and bytes.
struct Files(Vec<(&'static str, Vec<u8>)>);

impl parts::WritePart for Files {
    fn write<T: serde::Serialize>(&mut self, part: parts::Part, texts: &T) {
        self.0.push((part.name(), encode(texts)));
    }
}

fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("content serializes")
}
