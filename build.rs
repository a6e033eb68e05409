//! Reads and checks `assets/content/`, then writes the compact copy that the app compiles in.
//! Any content problem stops the build with a message naming the file and the field.

#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/markup.rs"]
#[allow(dead_code)]
mod markup;
#[path = "src/content/checks.rs"]
#[allow(dead_code)]
mod checks;
#[path = "src/content/source.rs"]
#[allow(dead_code)]
mod source;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=assets/content");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/content/markup.rs");
    println!("cargo:rerun-if-changed=src/content/checks.rs");
    println!("cargo:rerun-if-changed=src/content/source.rs");

    let library = match source::load_dir(Path::new("assets/content")) {
        Ok(library) => library,
        Err(errors) => {
            eprintln!("\nOwnPath content has {} problem(s):\n", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            eprintln!("\nSee docs/CONTENT.md for the rules.\n");
            std::process::exit(1);
        }
    };
    let bytes = postcard::to_allocvec(&library).expect("content serializes");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.bin");
    std::fs::write(out, bytes).expect("write content.bin");
}
