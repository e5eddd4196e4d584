//! Data text made inert in Markdown, for every report that writes Markdown.

use crate::sanitize::visible;

/// Data text made inert in markdown: no control characters, no line or
/// table breaks, no emphasis, strikethrough, code, links, autolinks,
/// footnotes, maths, entities or HTML. CommonMark shows a backslash-escaped
/// ASCII punctuation character as it is, so each that starts a construct
/// in running text is escaped (`&lt;` stays `&lt;`, `~~x~~` is not struck
/// through). Data text never starts a line (newlines are shown as ␊), so
/// what means something only there (`-`, `+`, `1.`) is left to read.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// [`escape`], appended to `out`: a table of thousands of cells escapes
/// each into the one buffer it is written to.
pub fn escape_into(out: &mut String, s: &str) {
    let shown = visible(s);
    let start = out.len();
    for (i, c) in shown.char_indices() {
        let rest = &shown[i + c.len_utf8()..];
        let special = match c {
            '\\' | '`' | '*' | '_' | '~' | '^' | '$' | '[' | ']' | '{' | '}' | '<' | '>' | '|'
            | '#' | '!' | '@' => true,
            // `&amp;` and `&#65;`; "R&D" and "Policy & Strategy" read as they are.
            '&' => is_reference(rest),
            // A GFM autolink: `https://…` and `www.…`.
            ':' => rest.starts_with('/'),
            // Only this text's own "www" counts, not what `out` held before.
            '.' => {
                out.len() - start >= 3
                    && out.as_bytes()[out.len() - 3..].eq_ignore_ascii_case(b"www")
            }
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether `rest`, after an `&`, makes it an entity or character reference:
/// a name or number of up to 32 characters (the longest entity name is 31),
/// then `;`.
fn is_reference(rest: &str) -> bool {
    let name = rest.strip_prefix('#').unwrap_or(rest);
    let n = name
        .bytes()
        .take(33)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    n > 0 && name.as_bytes().get(n) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::escape;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// The text a reader sees of `md` rendered with every extension
    /// pulldown-cmark has, and whether anything but plain text came of it.
    fn read(md: &str) -> (String, bool) {
        let mut text = String::new();
        let mut markup = false;
        // Smart punctuation is no part of CommonMark or GFM: "--" is shown
        // as "–" whatever the escaping.
        for ev in Parser::new_ext(md, Options::all() - Options::ENABLE_SMART_PUNCTUATION) {
            match ev {
                Event::Text(t) => text.push_str(&t),
                Event::Start(
                    Tag::Paragraph
                    | Tag::Table(_)
                    | Tag::TableHead
                    | Tag::TableRow
                    | Tag::TableCell,
                )
                | Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Table
                    | TagEnd::TableHead
                    | TagEnd::TableRow
                    | TagEnd::TableCell,
                ) => {}
                _ => markup = true,
            }
        }
        (text, markup)
    }

    #[test]
    fn escape_neutralises_markdown_and_control_characters() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape("x\x1b[2J"), "x␛\\[2J");
        assert_eq!(escape("Policy & Strategy, R&D"), "Policy & Strategy, R&D");
        assert_eq!(escape("~~strike~~"), "\\~\\~strike\\~\\~");
        assert_eq!(escape("&lt;"), "\\&lt;");
        assert_eq!(
            escape("Act No. 21 (2009): Part-XVI"),
            "Act No. 21 (2009): Part-XVI"
        );
        assert_eq!(
            escape("see https://x and WWW.x"),
            "see https\\://x and WWW\\.x"
        );
        assert_eq!(
            escape("&amp; &#65; &#x41; &a b;"),
            "\\&amp; \\&\\#65; \\&\\#x41; &a b;"
        );
        for s in [
            "~~strike~~",
            "&lt;b&gt;",
            "&#x41;",
            "<b>x</b>",
            "[a](b)",
            "$x$",
            "`c`",
            "x[^1]",
            "a@b.c",
            "https://a.b",
            "www.a.b",
            "^sup^",
            "~sub~",
        ] {
            assert_eq!(
                read(&format!("x {} y", escape(s))),
                (format!("x {s} y"), false)
            );
        }
    }

    proptest::proptest! {
        /// Any text, escaped, renders as itself (as `visible` shows it),
        /// in a paragraph and in a table cell, with no markup at all.
        #[test]
        fn escaped_text_renders_literally(
            s in "\\PC*|[ -~]*|[#*_`~<>&|\\[\\]()!.+=:@$^{}-]{0,12}|(&#?[a-zA-Z0-9]{0,4};?|https?://|www\\.|[ .:/@<>a-z])*"
        ) {
            let shown = crate::sanitize::visible(&s).into_owned();
            let para = format!("x{}y", escape(&s));
            proptest::prop_assert_eq!(read(&para), (format!("x{shown}y"), false), "{}", para);
            let table = format!("| a | b |\n|---|---|\n| x{}y | z |\n", escape(&s));
            let (text, markup) = read(&table);
            proptest::prop_assert!(!markup, "{}", table);
            proptest::prop_assert_eq!(text, format!("abx{shown}yz"), "{}", table);
        }
    }
}
