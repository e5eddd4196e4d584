//! Where a report's data comes from, as a reader of the brief should see it.

use std::path::Path;

/// A file as a brief names it: the path the user typed when it is relative
/// (it says where the file is, from where the command ran), only the file
/// name when it is absolute. An absolute path is usually a temporary or
/// home folder: noise to the reader of a brief, and it tells them about the
/// author's machine.
pub fn shown_path(path: &Path) -> String {
    if path.is_absolute()
        && let Some(name) = path.file_name()
    {
        return name.to_string_lossy().into_owned();
    }
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_as_typed_absolute_ones_by_file_name() {
        assert_eq!(shown_path(Path::new("plans/zmb.csv")), "plans/zmb.csv");
        assert_eq!(shown_path(Path::new("../data/x.csv")), "../data/x.csv");
        assert_eq!(shown_path(Path::new("/tmp/.tmpA1b2/plan.csv")), "plan.csv");
        // Nothing to shorten to: the path as given.
        assert_eq!(shown_path(Path::new("/")), "/");
    }
}
