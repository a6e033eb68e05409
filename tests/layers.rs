//! The layers of the house (docs/ARCHITECTURE.md), checked against the code, as import linters do for other
//! languages. The test reads the layer block of docs/ARCHITECTURE.md, reads every `.rs` file under `src/`, finds
//! what each file uses of the crate, and fails once with the whole list: a file in no layer or in two, a layer
//! pattern that matches no file, a use that reaches a higher layer, and each circle of files with its edges.
//!
//! What counts as a use of another file (the same rules as the issue's reference script):
//! - each leaf of a `use crate::…`, `use super::…` or `use self::…` tree, and a file's `use child::…` of its own
//!   `mod child;`;
//! - each path written in code: `crate::a::b(`, `super::x::y`, and `ownpath::…` in `main.rs` and `bin/`;
//! - each `include!("file.rs")`.
//!
//! Comments, strings and char literals are blanked first. Inside an inline `mod tests {}`, `super::` is the file's
//! own module, so `use super::*` is the file itself. A path goes to the longest prefix that is a file (`src/a/b.rs`
//! or `src/a/b/mod.rs`); an item that file only re-exports (`pub use child::Item` or `… as Name`, or a glob whose
//! source defines the item) goes on to the file that defines it. A file that is `include!`d reads its paths as
//! part of the module that includes it (of several, the one in its own folder).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The files of a source tree: path under `src/` (with `/`) → text.
type Files = BTreeMap<String, String>;

/// One use of another file: `from` uses `path` on `line`, which lands in `to`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Use {
    from: String,
    line: usize,
    to: String,
    path: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the code

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The byte length of the UTF-8 character that starts with `b`.
fn char_width(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

fn find(bytes: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    (from..=bytes.len().saturating_sub(what.len())).find(|&k| bytes[k..].starts_with(what))
}

fn blank(out: &mut [u8], from: usize, to: usize) {
    let to = to.min(out.len());
    for byte in &mut out[from.min(to)..to] {
        if *byte != b'\n' {
            *byte = b' ';
        }
    }
}

/// Where a raw string that opens at `i` (`r"`, `r#"`, `br"`) ends, if one does.
fn raw_string_end(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && is_word(b[i - 1]) {
        return None;
    }
    let mut j = i;
    if b.get(j) == Some(&b'b') {
        j += 1;
    }
    if b.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = b[j..].iter().take_while(|&&c| c == b'#').count();
    j += hashes;
    if b.get(j) != Some(&b'"') {
        return None;
    }
    let mut end = vec![b'"'];
    end.extend(std::iter::repeat_n(b'#', hashes));
    Some(find(b, j + 1, &end).map_or(b.len(), |k| k + end.len()))
}

/// Where a char literal that opens at `i` ends (`'x'`, `'\n'`, `'\u{1F600}'`), if one does (`'a` is a lifetime).
fn char_literal_end(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i + 1)? {
        b'\\' => {
            let after = i + 2 + char_width(*b.get(i + 2)?);
            find(b, after, b"'").map(|k| k + 1)
        }
        b'\'' => None,
        first => {
            let close = i + 1 + char_width(first);
            (b.get(close) == Some(&b'\'')).then_some(close + 1)
        }
    }
}

/// The code with comments, strings and char literals blanked; every byte keeps its place, so lines stay the same.
fn strip(text: &str) -> String {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = b.to_vec();
    let mut i = 0;
    while i < n {
        if b[i..].starts_with(b"//") {
            let j = find(b, i, b"\n").unwrap_or(n);
            blank(&mut out, i, j);
            i = j;
        } else if b[i..].starts_with(b"/*") {
            let (mut depth, mut j) = (1, i + 2);
            while j < n && depth > 0 {
                if b[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if let Some(j) = raw_string_end(b, i) {
            blank(&mut out, i, j);
            i = j;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < n && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if let Some(j) = (b[i] == b'\'').then(|| char_literal_end(b, i)).flatten() {
            blank(&mut out, i, j);
            i = j;
        } else {
            i += 1;
        }
    }
    String::from_utf8(out).expect("blanking keeps the text UTF-8")
}

fn skip_space(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && b[pos].is_ascii_whitespace() {
        pos += 1;
    }
    pos
}

fn word_at(b: &[u8], pos: usize) -> &str {
    let end = pos + b[pos..].iter().take_while(|&&c| is_word(c)).count();
    std::str::from_utf8(&b[pos..end]).expect("ASCII")
}

/// One leaf of a use tree: its path, where it is written, and the name it is given (`as`), if another.
#[derive(Debug)]
struct Leaf {
    segments: Vec<String>,
    at: usize,
    alias: Option<String>,
}

/// A use tree `a::{b, c::{self, d as e}, f::*}` → its leaves; `at` is where the tree starts in the file.
fn expand(tree: &str, at: usize) -> Vec<Leaf> {
    fn item(t: &[u8], mut pos: usize, prefix: &[String], at: usize, out: &mut Vec<Leaf>) -> usize {
        let mut segments = prefix.to_vec();
        loop {
            let start = skip_space(t, pos);
            match t.get(start) {
                Some(b'{') => {
                    pos = start + 1;
                    loop {
                        pos = skip_space(t, item(t, pos, &segments, at, out));
                        match t.get(pos) {
                            Some(b',') => {
                                let after = skip_space(t, pos + 1);
                                if t.get(after) == Some(&b'}') {
                                    return after + 1;
                                }
                                pos += 1;
                            }
                            Some(b'}') => return pos + 1,
                            _ => return pos,
                        }
                    }
                }
                Some(&c) if is_word(c) || c == b'*' => {
                    let word = if c == b'*' { "*" } else { word_at(t, start) };
                    pos = start + word.len();
                    if word != "self" {
                        segments.push(word.to_string());
                    }
                    let next = skip_space(t, pos);
                    if t[next..].starts_with(b"::") {
                        pos = next + 2;
                        continue;
                    }
                    let mut alias = None;
                    if next > pos && t[next..].starts_with(b"as") {
                        let name_at = skip_space(t, next + 2);
                        if name_at > next + 2 && name_at < t.len() && is_word(t[name_at]) {
                            let name = word_at(t, name_at);
                            alias = Some(name.to_string());
                            pos = name_at + name.len();
                        }
                    }
                    segments.retain(|s| s != "*");
                    out.push(Leaf { segments, at: at + start, alias });
                    return pos;
                }
                _ => return pos,
            }
        }
    }
    let mut out = Vec::new();
    item(tree.as_bytes(), 0, &[], at, &mut out);
    out
}

/// A `use …;` statement in blanked code: where `use` starts, where the tree starts, the tree, where it ends, and
/// whether it re-exports (`pub use`, `pub(crate) use`).
struct UseStatement<'a> {
    start: usize,
    tree_at: usize,
    tree: &'a str,
    end: usize,
    public: bool,
}

/// Each position where `word` stands as a whole word.
fn words<'a>(code: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let b = code.as_bytes();
    code.match_indices(word)
        .map(|(k, _)| k)
        .filter(move |&k| (k == 0 || !is_word(b[k - 1])) && b.get(k + word.len()).is_none_or(|&c| !is_word(c)))
}

fn use_statements(code: &str) -> Vec<UseStatement<'_>> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    for start in words(code, "use") {
        let tree_at = skip_space(b, start + 3);
        if tree_at == start + 3 {
            continue;
        }
        let Some(semicolon) = find(b, tree_at, b";") else { continue };
        // `pub use`, `pub(crate) use`: back over the space, an optional `(…)`, then `pub`.
        let mut k = start;
        while k > 0 && b[k - 1].is_ascii_whitespace() {
            k -= 1;
        }
        let spaced = k < start;
        if k > 0 && b[k - 1] == b')' {
            match b[..k - 1].iter().rposition(|&c| c == b'(') {
                Some(open) if b[open + 1..k - 1].iter().all(|&c| is_word(c) || c.is_ascii_whitespace()) => k = open,
                _ => k = 0,
            }
        } else if !spaced {
            k = 0;
        }
        let public = k >= 3 && &b[k - 3..k] == b"pub" && (k == 3 || !is_word(b[k - 4]));
        out.push(UseStatement { start, tree_at, tree: &code[tree_at..semicolon], end: semicolon + 1, public });
    }
    out
}

/// The `mod name;` lines of a file: the modules that are files of their own.
fn child_modules(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code.lines() {
        let mut rest = line.trim_start();
        if let Some(after) = rest.strip_prefix("pub") {
            let after = match after.strip_prefix('(') {
                Some(inner) => match inner.find(')') {
                    Some(close) if inner[..close].bytes().all(|c| is_word(c) || c.is_ascii_whitespace()) => {
                        &inner[close + 1..]
                    }
                    _ => continue,
                },
                None => after,
            };
            if after.trim_start().len() == after.len() {
                continue;
            }
            rest = after.trim_start();
        }
        let Some(after) = rest.strip_prefix("mod") else { continue };
        let name_at = after.trim_start();
        if name_at.len() == after.len() {
            continue;
        }
        let name = word_at(name_at.as_bytes(), 0);
        if !name.is_empty() && name_at[name.len()..].trim_start().starts_with(';') {
            out.insert(name.to_string());
        }
    }
    out
}

/// The byte ranges of a file's inline modules (`mod tests { … }`).
fn inline_modules(code: &str) -> Vec<(usize, usize)> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    for at in words(code, "mod") {
        let name_at = skip_space(b, at + 3);
        if name_at == at + 3 || name_at >= b.len() || !is_word(b[name_at]) {
            continue;
        }
        let brace = skip_space(b, name_at + word_at(b, name_at).len());
        if b.get(brace) != Some(&b'{') {
            continue;
        }
        let (mut depth, mut j) = (1, brace + 1);
        while j < b.len() && depth > 0 {
            match b[j] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        out.push((brace + 1, j));
    }
    out
}

/// Each `include!("file")` of a file (found in the text, kept only outside comments): where, and the file.
fn includes<'a>(text: &'a str, code: &str) -> Vec<(usize, &'a str)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for at in words(text, "include") {
        if !text[at + 7..].starts_with('!') || code.as_bytes()[at] != b'i' {
            continue;
        }
        let open = skip_space(b, at + 8);
        if b.get(open) != Some(&b'(') {
            continue;
        }
        let quote = skip_space(b, open + 1);
        if b.get(quote) != Some(&b'"') {
            continue;
        }
        if let Some(close) = find(b, quote + 1, b"\"") {
            out.push((at, &text[quote + 1..close]));
        }
    }
    out
}

/// `dir/../x.rs` → `x.rs`.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    parts.join("/")
}

fn folder(rel: &str) -> &str {
    rel.rfind('/').map_or("", |k| &rel[..k])
}

/// The crate as the test reads it: each file's blanked code, module path and re-exports.
struct Crate<'a> {
    files: &'a Files,
    code: BTreeMap<&'a str, String>,
    /// An `include!`d file → the files that include it.
    included: BTreeMap<String, Vec<String>>,
    /// file → (name it re-exports → full module path of the item).
    named: BTreeMap<&'a str, BTreeMap<String, Vec<String>>>,
    /// file → the modules it re-exports whole (`pub use child::*`).
    globs: BTreeMap<&'a str, Vec<Vec<String>>>,
}

fn is_binary(rel: &str) -> bool {
    rel == "main.rs" || rel.starts_with("bin/")
}

/// The module path of a file that is a module of its own.
fn module_of_file(rel: &str) -> Vec<String> {
    if rel == "lib.rs" || is_binary(rel) {
        return Vec::new();
    }
    let mut parts: Vec<String> = rel.trim_end_matches(".rs").split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    parts
}

/// A path as written in a file → its path from the crate root (`None`: outside the crate, or the file itself).
fn absolute(segments: &[String], module: &[String], children: &BTreeSet<String>, nested: usize) -> Option<Vec<String>> {
    let (head, rest) = segments.split_first()?;
    let join = |base: &[String], rest: &[String]| base.iter().chain(rest).cloned().collect::<Vec<_>>();
    match head.as_str() {
        "crate" => Some(rest.to_vec()),
        "self" => (nested == 0).then(|| join(module, rest)),
        "super" => {
            let more = rest.iter().take_while(|s| *s == "super").count();
            let ups = 1 + more;
            if ups < nested {
                return None; // a path between the file's own inline modules
            }
            // From `mod tests {}`, `super::` is the file's own module: `use super::*` is the file itself, and
            // `super::child::Item` its child's.
            let keep = module.len().saturating_sub(ups - nested);
            Some(join(&module[..keep], &rest[more..]))
        }
        _ if nested == 0 && children.contains(head) => Some(join(module, segments)),
        _ => None,
    }
}

impl<'a> Crate<'a> {
    fn new(files: &'a Files) -> Crate<'a> {
        let code: BTreeMap<&str, String> = files.iter().map(|(rel, text)| (rel.as_str(), strip(text))).collect();
        let mut included: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (rel, text) in files {
            for (_, path) in includes(text, &code[rel.as_str()]) {
                included.entry(normalize(&format!("{}/{path}", folder(rel)))).or_default().push(rel.clone());
            }
        }
        let mut krate = Crate { files, code, included, named: BTreeMap::new(), globs: BTreeMap::new() };
        for rel in files.keys() {
            let code = &krate.code[rel.as_str()];
            let module = krate.module(rel);
            let children = child_modules(code);
            for statement in use_statements(code).into_iter().filter(|s| s.public) {
                let glob = statement.tree.trim_end().ends_with('*') && !statement.tree.contains('{');
                for leaf in expand(statement.tree, 0) {
                    let Some(full) = absolute(&leaf.segments, &module, &children, 0) else { continue };
                    if glob {
                        krate.globs.entry(rel).or_default().push(full);
                    } else if let Some(last) = leaf.segments.last() {
                        let name = leaf.alias.unwrap_or_else(|| last.clone());
                        krate.named.entry(rel).or_default().insert(name, full);
                    }
                }
            }
        }
        krate
    }

    /// A file's module path: `session/state.rs` → `session::state`; a `mod.rs` is its folder. An `include!`d file
    /// is part of the module that includes it (of several, the one in its own folder).
    fn module(&self, rel: &str) -> Vec<String> {
        if let Some(by) = self.included.get(rel) {
            let home = by.iter().find(|by| folder(by) == folder(rel)).unwrap_or(&by[0]);
            return module_of_file(home);
        }
        module_of_file(rel)
    }

    /// The longest prefix of a module path that is a file, and the rest of the path.
    fn file_of(&self, segments: &[String]) -> (String, Vec<String>) {
        for k in (1..=segments.len()).rev() {
            let base = segments[..k].join("/");
            for candidate in [format!("{base}.rs"), format!("{base}/mod.rs")] {
                if self.files.contains_key(&candidate) {
                    return (candidate, segments[k..].to_vec());
                }
            }
        }
        ("lib.rs".to_string(), segments.to_vec())
    }

    /// Whether a file defines an item of that name (or re-exports one by that name).
    fn defines(&self, rel: &str, name: &str) -> bool {
        const KINDS: [&str; 8] = ["fn", "struct", "enum", "type", "const", "static", "trait", "union"];
        let code = &self.code[rel];
        let b = code.as_bytes();
        let by_name = KINDS.iter().any(|kind| {
            words(code, kind).any(|at| {
                let name_at = skip_space(b, at + kind.len());
                (at == 0 || b[at - 1] != b'\'')
                    && name_at > at + kind.len()
                    && name_at < b.len()
                    && word_at(b, name_at) == name
            })
        });
        by_name || self.named.get(rel).is_some_and(|named| named.contains_key(name))
    }

    /// The file that defines what a full module path names, following re-exports.
    fn target(&self, segments: &[String]) -> String {
        let (mut file, mut rest) = self.file_of(segments);
        for _ in 0..4 {
            let Some(first) = rest.first().cloned() else { break };
            if let Some(full) = self.named.get(file.as_str()).and_then(|named| named.get(&first)) {
                (file, rest) = self.file_of(&[full.as_slice(), &rest[1..]].concat());
                continue;
            }
            let from_glob = self
                .globs
                .get(file.as_str())
                .into_iter()
                .flatten()
                .find(|glob| !self.defines(&file, &first) && self.defines(&self.file_of(glob).0, &first));
            match from_glob {
                Some(glob) => (file, rest) = self.file_of(&[glob.as_slice(), &rest].concat()),
                None => break,
            }
        }
        file
    }

    /// Every use of another file in the crate, in file order.
    fn uses(&self) -> Vec<Use> {
        let mut out = Vec::new();
        for (rel, text) in self.files {
            let code = &self.code[rel.as_str()];
            let line_of = |offset: usize| text[..offset].bytes().filter(|&c| c == b'\n').count() + 1;
            let binary = is_binary(rel);
            let module = self.module(rel);
            let children = child_modules(code);
            let inline = inline_modules(code);
            let to = |segments: &[String], offset: usize| -> Option<String> {
                if binary {
                    return (segments.first()? == "ownpath").then(|| self.target(&segments[1..]));
                }
                let nested = inline.iter().filter(|(a, b)| (*a..*b).contains(&offset)).count();
                absolute(segments, &module, &children, nested).map(|full| self.target(&full))
            };
            let mut push = |offset: usize, target: String, path: String| {
                if target != *rel {
                    out.push(Use { from: rel.clone(), line: line_of(offset), to: target, path });
                }
            };
            let statements = use_statements(code);
            for statement in &statements {
                for leaf in expand(statement.tree, statement.tree_at) {
                    if let Some(target) = to(&leaf.segments, leaf.at).filter(|_| !leaf.segments.is_empty()) {
                        push(leaf.at, target, leaf.segments.join("::"));
                    }
                }
            }
            let b = code.as_bytes();
            for head in ["crate", "super", "self", "ownpath"] {
                for at in words(code, head) {
                    if (at > 0 && b[at - 1] == b':') || statements.iter().any(|s| (s.start..s.end).contains(&at)) {
                        continue;
                    }
                    let mut segments = vec![head.to_string()];
                    let mut pos = at + head.len();
                    loop {
                        let colons = skip_space(b, pos);
                        if !b[colons..].starts_with(b"::") {
                            break;
                        }
                        let name_at = skip_space(b, colons + 2);
                        let name = if name_at < b.len() { word_at(b, name_at) } else { "" };
                        if name.is_empty() {
                            break;
                        }
                        segments.push(name.to_string());
                        pos = name_at + name.len();
                    }
                    if segments.len() > 1 {
                        if let Some(target) = to(&segments, at) {
                            push(at, target, segments.join("::"));
                        }
                    }
                }
            }
            for (at, path) in includes(text, code) {
                let target = normalize(&format!("{}/{path}", folder(rel)));
                if self.files.contains_key(&target) {
                    push(at, target, format!("include!(\"{path}\")"));
                }
            }
        }
        out.sort();
        out
    }
}

fn read_src() -> Files {
    fn walk(dir: &Path, base: &Path, out: &mut Files) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read a folder of src/").map(|e| e.unwrap()).collect();
        entries.sort_by_key(|e| e.path());
        for entry in entries {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, base, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(base).unwrap().components();
                let rel = rel.map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
                out.insert(rel, std::fs::read_to_string(&path).expect("read a source file"));
            }
        }
    }
    let src = root().join("src");
    let mut out = Files::new();
    walk(&src, &src, &mut out);
    out
}

// ---------------------------------------------------------------------------------------------------------------
// The layers and the rule

/// A layer: its name and its patterns (paths under `src/`; `*` matches any run of characters, `/` too).
struct Layer {
    name: String,
    patterns: Vec<String>,
}

/// The fenced ```` ```layers ```` block of docs/ARCHITECTURE.md, lowest layer first.
fn read_layers(doc: &str) -> Vec<Layer> {
    let mut lines = doc.lines().skip_while(|line| line.trim() != "```layers");
    assert!(lines.next().is_some(), "docs/ARCHITECTURE.md has no ```layers block");
    let layers: Vec<Layer> = lines
        .take_while(|line| !line.trim_start().starts_with("```"))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|line| {
            let mut words = line.split_whitespace().map(str::to_string);
            let name = words.next().expect("a layer's name");
            Layer { name, patterns: words.collect() }
        })
        .collect();
    assert!(layers.len() >= 2, "the ```layers block of docs/ARCHITECTURE.md names fewer than two layers");
    layers
}

fn glob_matches(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|k| glob_matches(rest, &text[k..])),
        Some((&c, rest)) => text.first().is_some_and(|&t| t == c || c == b'?') && glob_matches(rest, &text[1..]),
    }
}

/// Tarjan's strongly connected components of more than one file: the circles.
fn circles(graph: &BTreeMap<&str, BTreeSet<&str>>) -> Vec<BTreeSet<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<&'g str, BTreeSet<&'g str>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in s.graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = BTreeSet::new();
            loop {
                let w = s.stack.pop().expect("v is on the stack");
                s.on_stack.remove(w);
                component.insert(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                s.out.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for &v in graph.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    state.out
}

/// Everything wrong with the crate under the layers, one line (or block) each.
fn problems(files: &Files, layers: &[Layer], uses: &[Use]) -> Vec<String> {
    let mut out = Vec::new();
    let mut layer_of = BTreeMap::new();
    for rel in files.keys() {
        let homes: Vec<usize> = (0..layers.len())
            .filter(|&i| layers[i].patterns.iter().any(|p| glob_matches(p.as_bytes(), rel.as_bytes())))
            .collect();
        match homes.as_slice() {
            [] => out.push(format!("src/{rel} is in no layer (add it to the ```layers block of docs/ARCHITECTURE.md)")),
            [one] => {
                layer_of.insert(rel.as_str(), *one);
            }
            many => {
                let names: Vec<&str> = many.iter().map(|&i| layers[i].name.as_str()).collect();
                out.push(format!("src/{rel} is in {} layers: {}", many.len(), names.join(", ")));
            }
        }
    }
    for layer in layers {
        for pattern in &layer.patterns {
            if !files.keys().any(|rel| glob_matches(pattern.as_bytes(), rel.as_bytes())) {
                out.push(format!("layer {}: the pattern {pattern} matches no file under src/", layer.name));
            }
        }
    }
    for u in uses {
        let (Some(&from), Some(&to)) = (layer_of.get(u.from.as_str()), layer_of.get(u.to.as_str())) else { continue };
        if to > from {
            out.push(format!(
                "src/{}:{}: {} uses {} (src/{}, layer {}, above it)",
                u.from, u.line, layers[from].name, u.path, u.to, layers[to].name
            ));
        }
    }
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for u in uses {
        graph.entry(u.from.as_str()).or_default().insert(u.to.as_str());
    }
    for circle in circles(&graph) {
        let names: Vec<String> = circle.iter().map(|rel| format!("src/{rel}")).collect();
        let mut text = format!("a circle of {} files: {}", circle.len(), names.join(" "));
        for u in uses.iter().filter(|u| circle.contains(&u.from) && circle.contains(&u.to)) {
            text.push_str(&format!("\n    src/{}:{}: uses {} (src/{})", u.from, u.line, u.path, u.to));
        }
        out.push(text);
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// The tests

#[test]
fn src_keeps_to_the_layers_of_architecture_md() {
    let doc = std::fs::read_to_string(root().join("docs/ARCHITECTURE.md")).expect("docs/ARCHITECTURE.md");
    let layers = read_layers(&doc);
    let files = read_src();
    let uses = Crate::new(&files).uses();
    let found = problems(&files, &layers, &uses);
    let pairs: BTreeSet<(&str, &str)> = uses.iter().map(|u| (u.from.as_str(), u.to.as_str())).collect();
    assert!(
        found.is_empty(),
        "src/ breaks the layers of docs/ARCHITECTURE.md ({} files, {} file-to-file uses); {} problem(s):\n{}\n",
        files.len(),
        pairs.len(),
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_real_graph_holds_known_uses() {
    let files = read_src();
    assert!(files.len() > 60, "only {} .rs files found under src/", files.len());
    let uses = Crate::new(&files).uses();
    let pairs: BTreeSet<(&str, &str)> = uses.iter().map(|u| (u.from.as_str(), u.to.as_str())).collect();
    assert!(pairs.len() > 250, "only {} file-to-file uses found in src/: the reader misses uses", pairs.len());
    for (from, to) in [
        ("router.rs", "routes/mod.rs"),
        ("routes/mod.rs", "routes/table.rs"),
        ("content/route_texts.rs", "routes/table.rs"),
        ("content/route_texts.rs", "routes/mod.rs"),
        ("app.rs", "pages/mod.rs"),
        ("main.rs", "crash.rs"),
        ("content/checks/words.rs", "content/markup.rs"),
        ("content/checks/mod.rs", "content/checks/bundle.rs"),
        ("session/file.rs", "session/state.rs"),
    ] {
        assert!(pairs.contains(&(from, to)), "the reader misses src/{from} -> src/{to}");
    }
    // `pub use model::*` in content/mod.rs is followed to the file that defines the item.
    assert!(
        uses.iter().any(|u| u.path == "crate::content::Bundle" && u.to == "content/model.rs"),
        "crate::content::Bundle is not followed through content/mod.rs's `pub use model::*`"
    );
}

/// A small crate whose uses are known, so the reader cannot pass by reading nothing.
const FIXTURE: &[(&str, &str)] = &[
    (
        "lib.rs",
        "pub mod a;\npub mod b;\npub(crate) mod c;\nmod d;\n\
         #[cfg(test)]\nmod tests { use super::*; }\n",
    ),
    (
        "a/mod.rs",
        r##"pub mod child;
pub use child::Thing;
pub use self::child::*;
use crate::{b::{self, Inner as Renamed}, c::deep::{f, g}};

fn code() {
    let text = "crate::d::nope(";
    let raw = r#"crate::d::nope()"#;
    let quote = '"'; // crate::d::nope()
    /* crate::d::nope() /* nested */ crate::d::nope() */
    crate::d::go(quote);
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::d::Helper;
    use super::child::globbed;
}
"##,
    ),
    ("a/child.rs", "pub struct Thing;\npub fn globbed<'a>(x: &'a str) -> &'a str { x }\n"),
    (
        "b.rs",
        "use crate::a::Thing;\nuse crate::a::globbed;\nuse crate::{\n    c,\n    d::go,\n};\n\
         pub struct Inner;\nfn f() { super::d::go(); }\n",
    ),
    ("c.rs", "pub mod deep;\n"),
    ("c/deep.rs", "pub fn f() {}\npub fn g() {}\n"),
    ("d.rs", "pub fn go(_: char) {}\npub struct Helper;\ninclude!(\"d_table.rs\");\n"),
    ("d_table.rs", "fn table() { self::go('x'); crate::c::deep::f(); }\n"),
    ("main.rs", "use ownpath::a;\nfn main() { ownpath::b::Inner; crate::nothing::here(); }\n"),
];

#[test]
fn the_reader_finds_exactly_the_uses_of_a_known_crate() {
    let files: Files = FIXTURE.iter().map(|(rel, text)| (rel.to_string(), text.to_string())).collect();
    let found: Vec<(String, usize, String, String)> =
        Crate::new(&files).uses().into_iter().map(|u| (u.from, u.line, u.to, u.path)).collect();
    let expected: Vec<(String, usize, String, String)> = [
        // A module's own `pub use` of its child is a use too.
        ("a/mod.rs", 2, "a/child.rs", "child::Thing"),
        ("a/mod.rs", 3, "a/child.rs", "child"),
        // A nested use tree with `self` and a rename; a path through a module file to its child.
        ("a/mod.rs", 4, "b.rs", "crate::b"),
        ("a/mod.rs", 4, "b.rs", "crate::b::Inner"),
        ("a/mod.rs", 4, "c/deep.rs", "crate::c::deep::f"),
        ("a/mod.rs", 4, "c/deep.rs", "crate::c::deep::g"),
        // Only the path in code counts, not the ones in the string, raw string or comments around it.
        ("a/mod.rs", 11, "d.rs", "crate::d::go"),
        // In `mod tests`, `super::*` is the file itself, `super::child` its child and `super::super` the crate root.
        ("a/mod.rs", 17, "d.rs", "super::super::d::Helper"),
        ("a/mod.rs", 18, "a/child.rs", "super::child::globbed"),
        // A `pub use` re-export, by name and by glob, is followed to the child that defines the item.
        ("b.rs", 1, "a/child.rs", "crate::a::Thing"),
        ("b.rs", 2, "a/child.rs", "crate::a::globbed"),
        // A use across several lines: each leaf on its own line.
        ("b.rs", 4, "c.rs", "crate::c"),
        ("b.rs", 5, "d.rs", "crate::d::go"),
        ("b.rs", 8, "d.rs", "super::d::go"),
        // `include!` is a use; the included file reads from its folder's module (here the crate root).
        ("d.rs", 3, "d_table.rs", "include!(\"d_table.rs\")"),
        ("d_table.rs", 1, "c/deep.rs", "crate::c::deep::f"),
        ("d_table.rs", 1, "d.rs", "self::go"),
        // A binary reaches the library as `ownpath::`; its own `crate::` is not the library.
        ("main.rs", 1, "a/mod.rs", "ownpath::a"),
        ("main.rs", 2, "b.rs", "ownpath::b::Inner"),
    ]
    .iter()
    .map(|(from, line, to, path)| (from.to_string(), *line, to.to_string(), path.to_string()))
    .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_rule_names_the_file_and_line_of_each_upward_use_and_each_circle() {
    let files: Files = FIXTURE.iter().map(|(rel, text)| (rel.to_string(), text.to_string())).collect();
    let uses = Crate::new(&files).uses();
    let layers = read_layers("```layers\nlow c.rs c/* d*.rs\nmid a/* b.rs\ntop lib.rs main.rs\nnone gone/*\n```\n");
    let found = problems(&files, &layers, &uses);
    assert_eq!(
        found,
        [
            "layer none: the pattern gone/* matches no file under src/",
            "a circle of 2 files: src/d.rs src/d_table.rs\
             \n    src/d.rs:3: uses include!(\"d_table.rs\") (src/d_table.rs)\
             \n    src/d_table.rs:1: uses self::go (src/d.rs)",
        ]
    );
    let layers = read_layers("```layers\nlow c.rs c/* d.rs\nmid a/* b.rs d_table.rs\ntop lib.rs\nextra b.rs\n```\n");
    let found = problems(&files, &layers, &uses);
    assert_eq!(
        found,
        [
            "src/b.rs is in 2 layers: mid, extra",
            "src/main.rs is in no layer (add it to the ```layers block of docs/ARCHITECTURE.md)",
            "src/d.rs:3: low uses include!(\"d_table.rs\") (src/d_table.rs, layer mid, above it)",
            "a circle of 2 files: src/d.rs src/d_table.rs\
             \n    src/d.rs:3: uses include!(\"d_table.rs\") (src/d_table.rs)\
             \n    src/d_table.rs:1: uses self::go (src/d.rs)",
        ]
    );
}

// ---------------------------------------------------------------------------------------------------------------
// The paths docs/ARCHITECTURE.md names

/// Folders of the repository a backticked path may start with, and files at its top.
const REPO_FOLDERS: [&str; 7] = ["src/", "assets/", "tests/", "e2e/", "docs/", "tools/", "vendor/"];
const REPO_FILES: [&str; 7] = ["build.rs", "x", "Cargo.toml", "README.md", "DEPLOY.md", "index.html", "Trunk.toml"];

/// Every `backticked` span outside fenced blocks that looks like a path of the repository, with its line. A path
/// with a placeholder (`assets/content/<lang>/`, `src/*.rs`) stands for the folder before the placeholder.
fn repo_paths(doc: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut fenced = false;
    for (index, line) in doc.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        for (k, span) in line.split('`').enumerate() {
            let looks_like_path = REPO_FILES.contains(&span)
                || (REPO_FOLDERS.iter().any(|folder| span.starts_with(folder)) && !span.contains(char::is_whitespace));
            if k % 2 == 1 && looks_like_path {
                out.push((index + 1, span.to_string()));
            }
        }
    }
    out
}

fn missing_paths(doc: &str, repo: &Path) -> Vec<String> {
    repo_paths(doc)
        .into_iter()
        .filter(|(_, path)| {
            let real = path.find(['<', '*']).map_or(path.as_str(), |k| &path[..k]);
            !repo.join(real).exists()
        })
        .map(|(line, path)| format!("docs/ARCHITECTURE.md:{line}: `{path}` does not exist"))
        .collect()
}

#[test]
fn every_path_architecture_md_names_exists() {
    let doc = std::fs::read_to_string(root().join("docs/ARCHITECTURE.md")).expect("docs/ARCHITECTURE.md");
    for checklist in ["## Adding a page", "## Adding an option", "## Adding a language"] {
        let section = doc.split(checklist).nth(1).unwrap_or_else(|| panic!("docs/ARCHITECTURE.md has no {checklist}"));
        let section = section.split("\n## ").next().unwrap_or_default();
        let named = repo_paths(section).len();
        assert!(named >= 5, "{checklist} in docs/ARCHITECTURE.md names only {named} files: a checklist names them");
    }
    let paths = repo_paths(&doc);
    assert!(paths.len() > 40, "only {} paths found in docs/ARCHITECTURE.md: the reader misses paths", paths.len());
    let missing = missing_paths(&doc, root());
    assert!(missing.is_empty(), "docs/ARCHITECTURE.md names files that do not exist:\n{}\n", missing.join("\n"));
}

#[test]
fn the_path_reader_sees_a_misspelled_path() {
    let doc = "Edit `src/routes/table.rs`, then `src/pages/mdo.rs` and `assets/content/<lang>/ui.ftl`.\n\
               Run `x` and `./x build`; see `Route::Start`.\n```\n`src/inside_a_fence.rs`\n```\n";
    let found: Vec<String> = repo_paths(doc).into_iter().map(|(_, path)| path).collect();
    assert_eq!(found, ["src/routes/table.rs", "src/pages/mdo.rs", "assets/content/<lang>/ui.ftl", "x"]);
    assert_eq!(missing_paths(doc, root()), ["docs/ARCHITECTURE.md:1: `src/pages/mdo.rs` does not exist"]);
}
