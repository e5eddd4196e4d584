//! The keymap is the only source of key names: these read the program's
//! own sources (`src/ui` and `src/app`, tests left out) and fail when a
//! string spells a key by hand, or names the key of an action no key does.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyEvent;

use super::*;

/// Every non-test source file under `src/<dir>`, the key table's own
/// folder left out (its help texts are the one place keys are written).
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("keymap") {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.to_string_lossy().ends_with("tests.rs")
            {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir),
        &mut files,
    );
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            // A file's own test module is tests, not UI.
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            (p, code)
        })
        .collect()
}

/// The string literals of some Rust code, comments and characters skipped.
fn literals(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    s.push(chars[i]);
                    i += 1;
                }
                out.push(s);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Why a piece of UI text looks like it spells a key, if it does.
fn spelt_key(text: &str) -> Option<String> {
    // Format arguments are where keys come from the table; "n/a" is text.
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.replace("n/a", "").chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                plain.push('\u{1}');
            }
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain
        .split(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    const NAMES: [&str; 9] = [
        "Esc",
        "Enter",
        "Tab",
        "Backspace",
        "PgUp",
        "PgDn",
        "Space",
        "Home",
        "End",
    ];
    const VERBS: [&str; 12] = [
        "to", "or", "closes", "stops", "scroll", "choose", "clears", "details", "brings", "takes",
        "lists", "applies",
    ];
    for (n, word) in words.iter().enumerate() {
        let bare = word.trim_end_matches([':', ')', '.', ';']);
        if NAMES.contains(&bare) || word.starts_with("Ctrl-") || word.starts_with("Shift-") {
            return Some(format!("the key name {bare:?}"));
        }
        if matches!(*word, "press" | "Press")
            && words.get(n + 1).is_some_and(|w| !w.starts_with('\u{1}'))
        {
            return Some("\"press\" and a key".into());
        }
        // One character, not a figure ("0 to 4").
        let single = |w: &str| {
            w.chars().count() == 1 && w != "\u{1}" && !w.starts_with(|c: char| c.is_ascii_digit())
        };
        // "b: braille", "j/k scroll", "q or …", "Esc to cancel".
        if word.len() == 2 && word.ends_with(':') && single(&word[..1]) {
            return Some(format!("{word:?} as a key"));
        }
        if let Some((a, b)) = word.split_once('/')
            && single(a)
            && single(b)
        {
            return Some(format!("{word:?} as keys"));
        }
        if single(word) && words.get(n + 1).is_some_and(|w| VERBS.contains(w)) {
            return Some(format!("{word:?} before {:?}", words[n + 1]));
        }
    }
    None
}

#[test]
fn the_key_spotter_spots_keys_written_by_hand() {
    for hand_written in [
        "Enlarge the window, or press q to quit.",
        " Keys on the {} pane · Esc or ? closes ",
        "(j/k choose, Enter details) ",
        "b: plain dots",
        "q or Ctrl-C stops",
        "Scenario cleared; u brings it back",
        "Type a score; Enter sets it",
    ] {
        assert!(spelt_key(hand_written).is_some(), "{hand_written:?}");
    }
    for from_the_table in [
        "Enlarge the window, or press {} to quit.",
        " Keys on the {} pane · {} or {} closes ",
        "({}/{} choose, {} details) ",
        "{}: plain dots",
        "{} or {} stops",
        "n/a",
        "The plan has no steps to scroll",
        "A comparison needs an earlier year; {keys} choose it.",
    ] {
        assert_eq!(spelt_key(from_the_table), None, "{from_the_table:?}");
    }
}

#[test]
fn no_ui_string_spells_a_key() {
    let mut found = Vec::new();
    let mut seen = 0;
    for dir in ["ui", "app"] {
        for (path, code) in sources(dir) {
            for text in literals(&code) {
                seen += 1;
                if let Some(why) = spelt_key(&text) {
                    found.push(format!("{}: {text:?}: {why}", path.display()));
                }
            }
        }
    }
    assert!(seen > 200, "the sources were not read: {seen} strings");
    assert!(
        found.is_empty(),
        "name these keys with keymap::key_for:\n{}",
        found.join("\n")
    );
}

/// The actions whose key a source names: `key_for(&Action::X)` and
/// `label_in(Mode::M, &Action::X)`, however the path to `Action` is written.
fn named_actions(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for call in ["key_for(&", "label_in("] {
        for (at, _) in code.match_indices(call) {
            let args = &code[at + call.len()..];
            // Up to the call's own closing parenthesis: an action may hold
            // parentheses of its own (`Export(ExportFormat::Csv)`).
            let mut depth = 0usize;
            let end = args
                .char_indices()
                .find(|&(_, c)| match c {
                    '(' => {
                        depth += 1;
                        false
                    }
                    ')' if depth == 0 => true,
                    ')' => {
                        depth -= 1;
                        false
                    }
                    _ => false,
                })
                .map_or(args.len(), |(i, _)| i);
            let args = &args[..end];
            if let Some(name) = args
                .rsplit("Action::")
                .next()
                .filter(|_| args.contains("Action::"))
            {
                out.push(name.trim().to_string());
            }
        }
    }
    out
}

/// An action as the source writes it, without the paths of what it holds,
/// as `{:?}` prints it: `Export(ExportFormat::Csv)` → `Export(Csv)`.
fn unqualified(name: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            word.clear();
        } else {
            out.push_str(&std::mem::take(&mut word));
            out.push(c);
        }
    }
    out + &word
}

#[test]
fn every_key_the_ui_names_is_a_key_that_does_it() {
    let mut named = Vec::new();
    for dir in ["ui", "app"] {
        for (path, code) in sources(dir) {
            named.extend(named_actions(&code).into_iter().map(|a| (path.clone(), a)));
        }
    }
    assert!(named.len() > 20, "the sources were not read: {named:?}");
    for (path, name) in named {
        let binding = KEYMAP
            .iter()
            .find(|b| format!("{:?}", b.action) == unqualified(&name))
            .unwrap_or_else(|| panic!("{}: no key does {name}", path.display()));
        // Pressing the key it names, where the binding applies, does it.
        let key = binding.keys[0];
        let ev = KeyEvent::new(key.code, key.mods);
        let (mode, pane) = Mode::ALL
            .into_iter()
            .flat_map(|m| crate::app::Pane::ALL.map(|p| (m, p)))
            .find(|&(m, p)| binding.when.applies(m, p))
            .unwrap();
        assert_eq!(
            lookup(&ev, mode, pane).as_ref(),
            Some(&binding.action),
            "{}: {} does not do {name} in {mode:?} on {pane:?}",
            path.display(),
            key.label()
        );
    }
}
