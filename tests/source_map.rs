//! The README's source map against the tree: every folder and top-level
//! file of `src/` is in the map, and every file or folder the map names
//! exists, so a newcomer who reads the map finds what it says.

use std::collections::BTreeSet;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The map: the README's code block that starts with `src/`.
fn source_map() -> String {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    let start = readme.find("```\nsrc/\n").expect("README has a source map");
    let body = &readme[start + 4..];
    body[..body.find("```").unwrap()].to_string()
}

/// Every name (file or folder) under `dir`, at any depth, folders with a
/// trailing `/`: each by itself, by its path from `dir`, and by its path
/// from `dir`'s parent.
fn names_under(dir: &Path, out: &mut BTreeSet<String>) {
    walk(dir.parent().unwrap(), dir, out);
    walk(dir, dir, out);
}

fn walk(base: &Path, dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let rel = path
            .strip_prefix(base)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if entry.file_type().unwrap().is_dir() {
            out.insert(format!("{name}/"));
            out.insert(format!("{rel}/"));
            walk(base, &path, out);
        } else {
            out.insert(name);
            out.insert(rel);
        }
    }
}

/// The words of the map that name a Rust file or a folder; `a/b.rs` also
/// names the folder `a/`.
fn named(map: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words = map
        .split(|c: char| c.is_whitespace() || "(),;:".contains(c))
        .map(|w| w.trim_matches(|c| c == '`' || c == '.'))
        .filter(|w| {
            (w.ends_with(".rs") || (w.ends_with('/') && w.len() > 1))
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-*/.".contains(c))
        });
    for w in words {
        if let Some((folder, _)) = w.trim_end_matches('/').rsplit_once('/') {
            out.push(format!("{folder}/"));
        }
        out.push(w.to_string());
    }
    out
}

#[test]
fn every_folder_and_top_level_file_of_src_is_in_the_map() {
    let map = source_map();
    let words: BTreeSet<String> = named(&map).into_iter().collect();
    let src = Path::new(ROOT).join("src");
    let mut missing = Vec::new();
    let mut folders = BTreeSet::new();
    names_under(&src, &mut folders);
    // Folders by their own names, as the map lists them under their parent.
    for name in folders
        .iter()
        .filter(|n| n.ends_with('/') && n.matches('/').count() == 1)
    {
        if !words.contains(name.as_str()) {
            missing.push(name.clone());
        }
    }
    for entry in std::fs::read_dir(&src).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        // A file's tests go with it and need no line of their own.
        if name.ends_with(".rs") && !name.ends_with("_tests.rs") && !words.contains(&name) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "not in the README's source map: {missing:?}"
    );
}

#[test]
fn everything_the_map_names_exists() {
    let mut there = BTreeSet::new();
    for dir in ["src", "tests", "fuzz", "examples", "locales"] {
        names_under(&Path::new(ROOT).join(dir), &mut there);
    }
    for dir in ["src/", "tests/", "fuzz/", "examples/", "locales/"] {
        there.insert(dir.to_string());
    }
    let matches = |pattern: &str| -> bool {
        match pattern.split_once('*') {
            Some((head, tail)) => there
                .iter()
                .any(|n| n.starts_with(head) && n.ends_with(tail)),
            None => there.contains(pattern),
        }
    };
    let unknown: Vec<String> = named(&source_map())
        .into_iter()
        .filter(|w| !w.starts_with("../") && !matches(w))
        .collect();
    assert!(
        unknown.is_empty(),
        "the source map names what is not there: {unknown:?}"
    );
}
