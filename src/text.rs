//! Making untrusted text (anything that came from a data file) safe to print.
//!
//! CSV cells can carry ESC sequences, OSC title changes, BEL, carriage
//! returns or bidi overrides. Sent raw, they let a file rewrite the user's
//! terminal or disguise what it shows, so every path that prints data text —
//! the dashboard and the text/markdown reports — goes through [`visible`].

use std::borrow::Cow;

/// Placeholder for characters that have no Control Pictures glyph.
const REPLACEMENT: char = '\u{FFFD}';

fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

fn needs_escape(c: char, keep_newlines: bool) -> bool {
    if keep_newlines && c == '\n' {
        return false;
    }
    c.is_control() || is_bidi_control(c)
}

fn escape(c: char) -> char {
    match c {
        // C0 controls map onto the Control Pictures block: ESC shows as ␛.
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or(REPLACEMENT),
        '\u{7f}' => '\u{2421}',
        _ => REPLACEMENT,
    }
}

fn escape_with(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| needs_escape(c, keep_newlines)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if needs_escape(c, keep_newlines) {
                    escape(c)
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// One-line form: every control character (newlines included) and every bidi
/// override becomes a visible placeholder.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape_with(s, false)
}

/// Multi-line form for long text (evidence, descriptions): `\n` is kept,
/// `\r\n` is folded to `\n`, everything else is escaped as in [`visible`].
pub fn visible_multiline(s: &str) -> Cow<'_, str> {
    if s.contains("\r\n") {
        Cow::Owned(escape_with(&s.replace("\r\n", "\n"), true).into_owned())
    } else {
        escape_with(s, true)
    }
}

/// Makes `s` visible and exactly `width` columns wide: truncated with "…" or
/// padded with spaces on the right.
pub fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let s = visible(s);
    let mut out = String::new();
    let mut used = 0;
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    let limit = if total > width {
        width.saturating_sub(1)
    } else {
        width
    };
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > limit {
            break;
        }
        out.push(c);
        used += w;
    }
    if total > width && width > 0 {
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(visible("Cyber Act 2021, §3"), Cow::Borrowed(_)));
        assert_eq!(visible("Zambia — ZM-CIRT"), "Zambia — ZM-CIRT");
    }

    #[test]
    fn escape_sequences_become_placeholders() {
        assert_eq!(visible("a\x1b[31mred"), "a␛[31mred");
        assert_eq!(visible("\x1b]0;pwned\x07"), "␛]0;pwned␇");
        assert_eq!(visible("over\rwrite"), "over␍write");
        assert_eq!(visible("del\x7f"), "del␡");
        assert_eq!(visible("c1\u{9b}2J"), "c1\u{FFFD}2J");
    }

    #[test]
    fn bidi_overrides_are_neutralised() {
        assert_eq!(visible("abc\u{202E}fed"), "abc\u{FFFD}fed");
        assert_eq!(visible("x\u{2066}y\u{2069}"), "x\u{FFFD}y\u{FFFD}");
    }

    #[test]
    fn fit_truncates_and_pads_by_display_width() {
        assert_eq!(fit("Legal", 8), "Legal   ");
        assert_eq!(fit("Capacity Development", 10), "Capacity …");
        assert_eq!(fit("日本語", 5), "日本…");
        assert_eq!(fit("a\x1bb", 3), "a␛b");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn newlines_kept_only_in_multiline_form() {
        assert_eq!(visible("a\nb"), "a␊b");
        assert_eq!(visible_multiline("a\r\nb\n\x1bc"), "a\nb\n␛c");
    }
}
