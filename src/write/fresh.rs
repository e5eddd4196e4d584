//! Names for new files written beside an input (a saved scenario, an
//! exported view), which never replace one already there:
//! `<stem>-<name>.<ext>`, then `-2`, `-3`, ….

use std::path::{Path, PathBuf};

/// The folder a new file goes to for `input`: its own when it is a regular
/// file; otherwise (standard input, a FIFO, `/dev/fd/N`, whose folder is
/// `/dev` or a temporary one) the current folder, as an absolute path so a
/// notice can say where.
pub fn folder_for(input: &Path) -> PathBuf {
    if saves_beside(input) {
        input.parent().unwrap_or(Path::new("")).to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default()
    }
}

/// The input's file name without its extension, or "indicators".
pub fn stem(input: &Path) -> String {
    input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "indicators".to_string())
}

/// Text from the data (a country code) made safe in a file name: no
/// directories, hidden names or control characters; at most 40 characters.
pub fn safe_part(text: &str) -> String {
    text.chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `dir/<base>.<ext>`, or the first of `<base>-2.<ext>`, `<base>-3.<ext>`,
/// … that is not `taken`.
pub fn fresh_path(dir: &Path, base: &str, ext: &str, taken: impl Fn(&Path) -> bool) -> PathBuf {
    let first = dir.join(format!("{base}.{ext}"));
    if !taken(&first) {
        return first;
    }
    let mut n: u64 = 2;
    loop {
        let candidate = dir.join(format!("{base}-{n}.{ext}"));
        if !taken(&candidate) || n == u64::MAX {
            return candidate;
        }
        n += 1;
    }
}

/// Whether anything is at `path`, a dangling link included.
pub fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Whether a file made from `input` (a scenario, an export) is saved beside `input`: only a regular file has a
/// folder of its own. Standard input, a FIFO or `/dev/fd/N` do not (their
/// folder is `/dev` or a temporary one), so the current folder is used.
pub fn saves_beside(input: &Path) -> bool {
    std::fs::metadata(input).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_name_gets_the_next_number() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        assert_eq!(
            fresh_path(dir.path(), "a-ZMB", "csv", exists),
            p("a-ZMB.csv")
        );
        std::fs::write(p("a-ZMB.csv"), "").unwrap();
        std::fs::write(p("a-ZMB-2.csv"), "").unwrap();
        assert_eq!(
            fresh_path(dir.path(), "a-ZMB", "csv", exists),
            p("a-ZMB-3.csv")
        );
        // Another extension is another name.
        assert_eq!(
            fresh_path(dir.path(), "a-ZMB", "xlsx", exists),
            p("a-ZMB.xlsx")
        );
        // Names claimed but not yet written count as taken too.
        let claimed = |q: &Path| exists(q) || q == p("a-ZMB-3.csv");
        assert_eq!(
            fresh_path(dir.path(), "a-ZMB", "csv", claimed),
            p("a-ZMB-4.csv")
        );
    }

    #[test]
    fn data_text_cannot_add_folders_or_hidden_names() {
        assert_eq!(safe_part("../.ZMB\u{1b}"), "____ZMB_");
        assert_eq!(safe_part(&"x".repeat(50)).len(), 40);
    }
}
