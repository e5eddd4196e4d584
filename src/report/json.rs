//! JSON output with every character a terminal could act on escaped.
//!
//! serde_json escapes only `"`, `\` and C0 controls; DEL, C1 controls
//! (U+009B is a CSI on its own), bidi overrides and zero-width characters
//! would reach whoever `cat`s the report. Here every character that is not
//! [plain](crate::sanitize::is_plain) is written as `\uXXXX` (a surrogate pair
//! above the BMP), so the text parses back unchanged and prints inert.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter, Serializer};

struct Inert<'a>(PrettyFormatter<'a>);

impl Formatter for Inert<'_> {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, s: &str) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in s.char_indices() {
            if crate::sanitize::is_plain(c) {
                continue;
            }
            w.write_all(&s.as_bytes()[start..i])?;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(w, "\\u{:04x}", u)?;
            }
            start = i + c.len_utf8();
        }
        w.write_all(&s.as_bytes()[start..])
    }

    // The pretty layout, unchanged.
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `value` as pretty-printed JSON with a final newline, every character
/// that is not plain text escaped.
pub fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    let mut ser = Serializer::with_formatter(&mut out, Inert(PrettyFormatter::new()));
    // Serializing these plain structs cannot fail; were it to, an empty
    // document is what the old `unwrap_or_default` gave too.
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    out.push(b'\n');
    // Only ASCII escapes and whole UTF-8 fragments were written.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::pretty;

    #[test]
    fn hostile_characters_are_escaped_and_parse_back() {
        let hostile = [
            "\u{1b}[2J",
            "\u{7f}",
            "\u{9b}31m",
            "\u{202e}",
            "\u{200d}",
            "\u{2028}",
            "\u{ad}",
            "\u{fff9}",
            "\u{3164}",
            "\u{e0001}",
            "\u{fe0f}",
        ];
        for h in hostile {
            let s = format!("a{h}b \"q\" \\ é 日本 👍");
            let json = pretty(&serde_json::json!({ s.clone(): [s.clone()] }));
            assert!(
                json.chars()
                    .all(|c| c == '\n' || crate::sanitize::is_plain(c)),
                "{json:?}"
            );
            let back: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(back[&s][0], s.as_str());
        }
        assert_eq!(
            pretty(&serde_json::json!(["\u{202e}\u{e0001}"])),
            "[\n  \"\\u202e\\udb40\\udc01\"\n]\n"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_round_trips(s in "\\PC*|.*") {
            let json = pretty(&[&s]);
            proptest::prop_assert!(json.chars().all(|c| c == '\n' || crate::sanitize::is_plain(c)));
            let back: Vec<String> = serde_json::from_str(&json).unwrap();
            proptest::prop_assert_eq!(&back[0], &s);
        }
    }
}
