//! Making untrusted text (anything that came from a data file) safe to print.
//!
//! CSV cells can carry ESC sequences, OSC title changes, BEL, carriage
//! returns or bidi overrides. Sent raw, they let a file rewrite the user's
//! terminal or disguise what it shows, so every path that prints data text —
//! the dashboard and the text/markdown reports — goes through [`visible`].
//!
//! Zero-width and format characters (ZWJ, soft hyphen, Hangul fillers,
//! variation selectors, a combining mark on its own) are as dangerous in a
//! quieter way: ratatui lays text out with unicode-width, a terminal draws it
//! with its own idea of each character's width, and where the two disagree
//! borders are overwritten and digits shift. So only characters whose width
//! both agree on (1 or 2 columns, see [`is_plain`]) are printed as they are;
//! text is composed first (NFC), so "e" and a combining acute from a
//! decomposed "Côte d'Ivoire" show as one "ô", not as a placeholder.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Placeholder for characters that have no Control Pictures glyph.
const REPLACEMENT: char = '\u{FFFD}';

fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters unicode-width counts as 1 or 2 columns that a terminal may
/// draw otherwise, or not at all. Most format characters (category Cf) are
/// default-ignorable and already width 0; these are the rest, found by
/// comparing unicode-width with the Unicode categories.
fn is_uncertain(c: char) -> bool {
    matches!(
        c,
        // Prepended concatenation marks (Cf): drawn over the digits after.
        '\u{0600}'..='\u{0605}' | '\u{06DD}' | '\u{070F}' | '\u{0890}' | '\u{0891}' | '\u{08E2}'
        | '\u{110BD}' | '\u{110CD}'
        // Line and paragraph separators (Zl, Zp): a line break to some.
        | '\u{2028}' | '\u{2029}'
        // Interlinear annotation (Cf) and Egyptian hieroglyph format controls.
        | '\u{FFF9}'..='\u{FFFB}' | '\u{13430}'..='\u{1343F}'
        // Joiners (Mn) that unicode-width gives a column of their own.
        | '\u{2D7F}' | '\u{1171E}'
        // Hangul choseong filler: blank, 2 columns here, 0 in many terminals.
        | '\u{115F}'
        // Private use: whatever a font makes of it.
        | '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}'
        // Noncharacters.
        | '\u{FDD0}'..='\u{FDEF}'
    ) || (c as u32 & 0xFFFF) >= 0xFFFE
}

/// Whether `c` may be printed as it is: not a control, bidi or format
/// character, and as wide (1 or 2 columns) in the layout as on the screen.
/// Everything else is shown as a placeholder, and escaped in JSON.
pub fn is_plain(c: char) -> bool {
    !c.is_control() && !is_bidi_control(c) && matches!(c.width(), Some(1 | 2)) && !is_uncertain(c)
}

/// Whether `b` right after `a` makes the pair narrower or wider than the two
/// apart (an emoji modifier after an emoji: one picture of 2 columns to
/// unicode-width, two pictures of 2 to a terminal that adds up characters).
/// ratatui gives a grapheme the width of the whole, so such a `b` is shown
/// as a placeholder and every grapheme is as wide as its characters.
fn joins(a: char, b: char) -> bool {
    // Arabic lam-alef is one column to unicode-width, yet ratatui draws each
    // letter in its own cell, as terminals do: keep Arabic text whole (the
    // layout measures per character, see [`width`]).
    let arabic = |c: char| matches!(c, '\u{0600}'..='\u{08FF}');
    if arabic(a) && arabic(b) {
        return false;
    }
    let mut buf = [0u8; 8];
    let n = a.encode_utf8(&mut buf).len();
    let m = b.encode_utf8(&mut buf[n..]).len();
    let pair = std::str::from_utf8(&buf[..n + m]).unwrap_or_default();
    pair.width() != a.width().unwrap_or(0) + b.width().unwrap_or(0)
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
    // Printable ASCII is the common case, and needs nothing.
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || (keep_newlines && b == b'\n'))
    {
        return Cow::Borrowed(s);
    }
    let composed: Cow<str> = match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfc().collect()),
    };
    let mut out = String::with_capacity(composed.len());
    let mut prev: Option<char> = None;
    for c in composed.chars() {
        let shown = if keep_newlines && c == '\n' {
            c
        } else if !is_plain(c) {
            escape(c)
        } else if prev.is_some_and(|p| joins(p, c)) {
            REPLACEMENT
        } else {
            c
        };
        out.push(shown);
        prev = (shown != '\n').then_some(shown);
    }
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// One-line form: every control character (newlines included), bidi
/// override, zero-width or format character becomes a visible placeholder.
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

/// Columns `s` takes, counted character by character as a terminal draws
/// it. For text that has been through [`visible`], this is also what
/// ratatui draws (it may measure a whole string a little narrower).
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Most characters of one piece of data text (a name, an id) the dashboard
/// lays out: more than any terminal row shows, so that a name of megabytes
/// costs no more to measure and draw than one of a line.
pub const SHOWN_CHARS: usize = 1024;

/// Most characters of long data text (evidence, a description) the detail
/// popup lays out: pages of it.
pub const SHOWN_LONG_CHARS: usize = 16 * 1024;

/// The first `n` characters of `s`, and whether that is not all of it.
pub fn clip(s: &str, n: usize) -> (&str, bool) {
    match s.char_indices().nth(n) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    }
}

fn shown_with(s: &str, n: usize, multiline: bool) -> Cow<'_, str> {
    let (head, cut) = clip(s, n);
    let safe = if multiline {
        visible_multiline(head)
    } else {
        visible(head)
    };
    if cut {
        Cow::Owned(format!("{safe}…"))
    } else {
        safe
    }
}

/// [`visible`] for the dashboard: at most [`SHOWN_CHARS`] characters of
/// `s`, then "…".
pub fn shown(s: &str) -> Cow<'_, str> {
    shown_with(s, SHOWN_CHARS, false)
}

/// [`visible_multiline`] for the dashboard: at most [`SHOWN_LONG_CHARS`]
/// characters of `s`, then "…".
pub fn shown_multiline(s: &str) -> Cow<'_, str> {
    shown_with(s, SHOWN_LONG_CHARS, true)
}

/// Makes `s` visible and exactly `width` columns wide: truncated with "…" or
/// padded with spaces on the right. Only a prefix of `s` is looked at:
/// every character shown takes a column, and composing (NFC) folds at most
/// four characters into one.
pub fn fit(s: &str, width: usize) -> String {
    let (head, cut) = clip(s, width.saturating_add(1).saturating_mul(4));
    let s = visible(head);
    let mut out = String::new();
    let mut used = 0;
    let total = self::width(&s);
    let over = cut || total > width;
    let limit = if over { width.saturating_sub(1) } else { width };
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > limit {
            break;
        }
        out.push(c);
        used += w;
    }
    if over && width > 0 {
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// A cell's content quoted for a message, shortened if long.
pub fn quote(cell: &str) -> String {
    format!("\"{}\"", short(cell))
}

/// A cell's content for a message, cut short if long: a hostile file's
/// 20 MB name must not become a 20 MB message.
pub fn short(cell: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 40;
    match cell.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &cell[..end]).into(),
        None => cell.into(),
    }
}

/// A parsed number for a message, short whatever its size: 1e308 as
/// `1e308`, not 309 digits, and 1e-300 as `1e-300`, not 300 zeros.
/// Ordinary numbers read as written (`4`, `0.25`).
pub fn number(v: f64) -> String {
    const MAX: usize = 20;
    let plain = v.to_string();
    if plain.len() <= MAX {
        plain
    } else {
        format!("{v:e}")
    }
}

#[cfg(test)]
#[path = "sanitize_tests.rs"]
mod tests;
