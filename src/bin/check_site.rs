//! `./x check-site FILE`: what OwnPath would do with a site.json, before it goes on the server. It reads the file
//! exactly as the app does (`ownpath::config`), prints what applies and what is refused and why, and exits 1
//! when anything is refused (2 when the file cannot be opened).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use ownpath::config::{applied, native, AppliedWords, Fetched, FIELDS};
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: ./x check-site path/to/site.json");
        std::process::exit(2);
    };
    let fetched = match std::fs::read_to_string(&path) {
        Ok(text) => Fetched::Text(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!("{path}: no such file. Without a site.json OwnPath runs at home, as shipped, quietly.");
            std::process::exit(2);
        }
        Err(e) => Fetched::Unreadable(format!("it could not be read ({e})")),
    };
    let (config, problems) = native::read(fetched);
    println!("{path}");
    if config.failed_closed {
        println!(
            "\nThis file cannot be trusted as a whole, so OwnPath would run in its MOST PRIVATE mode: a kiosk that"
        );
        println!("keeps nothing, offers no Remember, saves and opens no files, and clears itself when left alone.");
        println!("Every page would show a note for staff.");
    }
    println!("\nWhat would apply:");
    for (field, value, note) in applied(&config, &AppliedWords::ENGLISH) {
        let space = if value.is_empty() || note.is_empty() { "" } else { " " };
        println!("  {field:<26} {value}{space}{note}");
    }
    if problems.is_empty() {
        println!("\nNothing refused. Quick exit also checks, in the browser, that an https:// exit is not this site's own address.");
        return;
    }
    println!("\nRefused, and why:");
    for problem in &problems {
        println!("  - {problem}");
    }
    println!("\nWhat each setting takes:");
    for field in FIELDS.iter().filter(|f| problems.iter().any(|p| p.contains(&format!("\"{}\"", f.name)))) {
        println!("  {:<26} {}", field.name, field.help);
    }
    std::process::exit(1);
}
