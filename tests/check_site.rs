//! `./x check-site FILE` against every case of the site.json table (`tests/site_cases.json`): it says what the app
//! would do, names what it refuses, and exits 1 when anything is refused.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

#[test]
fn check_site_reports_every_case_of_the_table() {
    let table: serde_json::Value = serde_json::from_str(include_str!("site_cases.json")).expect("the table is JSON");
    let dir = std::env::temp_dir().join(format!("ownpath-check-site-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut checked = 0;
    for (i, case) in table["cases"].as_array().unwrap().iter().enumerate() {
        let Some(body) = case["body"].as_str() else { continue };
        let name = case["name"].as_str().unwrap();
        let file = dir.join(format!("{i}.json"));
        std::fs::write(&file, body).unwrap();
        let run = Command::new(env!("CARGO_BIN_EXE_check-site")).arg(&file).output().expect("check-site runs");
        let out = String::from_utf8_lossy(&run.stdout);
        let problems = case["problems"].as_array().unwrap();
        assert_eq!(run.status.code(), Some(if problems.is_empty() { 0 } else { 1 }), "{name}:\n{out}");
        assert_eq!(out.contains("MOST PRIVATE"), case["mode"] == "closed", "{name}:\n{out}");
        for words in problems {
            assert!(out.contains(words.as_str().unwrap()), "{name}: {words} not in\n{out}");
        }
        checked += 1;
    }
    assert!(checked >= 20);
    let missing = Command::new(env!("CARGO_BIN_EXE_check-site")).arg(dir.join("none.json")).output().unwrap();
    assert!(String::from_utf8_lossy(&missing.stdout).contains("runs at home, as shipped"));
    std::fs::remove_dir_all(&dir).ok();
}
