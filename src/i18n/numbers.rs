//! Decimal separators. Figures are first written as [`crate::format`]
//! writes them, so every language shows the same rounded value; only the
//! separator changes.

/// `figure` with its decimal points written as `sep`. A point counts as
/// decimal only between two digits, so "4 / 5." or an ellipsis stay.
pub fn with_separator(figure: &str, sep: &str) -> String {
    if sep == "." || sep.is_empty() {
        return figure.to_string();
    }
    let chars: Vec<char> = figure.chars().collect();
    let mut out = String::with_capacity(figure.len() + sep.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = c == '.'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
        match between_digits {
            true => out.push_str(sep),
            false => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_decimal_points_change() {
        assert_eq!(with_separator("▲ +3.55", ","), "▲ +3,55");
        assert_eq!(with_separator("2.00 / 3.00", ","), "2,00 / 3,00");
        assert_eq!(with_separator("92.58.", ","), "92,58.");
        assert_eq!(with_separator("—", ","), "—");
        assert_eq!(with_separator("92.58", "."), "92.58");
        assert_eq!(with_separator("a.b 1.", ","), "a.b 1.");
    }
}
