//! The brief's words in the reader's language, as HTML. Messages come from
//! `locales/CODE/{brief,html,plan}.ftl`; a test holds every message free
//! of `<`, `>` and `&`, so a message is inserted as it is around fragments
//! already made safe here: data text escaped and isolated in `<bdi>` (an
//! Arabic name in an English sentence, or an English one in Arabic, keeps
//! its own direction and leaves the punctuation around it alone), figures
//! escaped and set left to right (`+3.55` never becomes `3.55+` in an
//! Arabic sentence).

use super::escape;
use crate::i18n::{Arg, Messages};
use crate::model::Tier;

/// A message without arguments, as HTML.
pub fn text(msg: &Messages, id: &str) -> String {
    escape(&msg.get(id))
}

/// A message whose arguments are HTML fragments already made safe (by
/// [`data`], [`num`] or [`text`]).
pub fn fill(msg: &Messages, id: &str, args: &[(&str, Arg)]) -> String {
    msg.get_args(id, args)
}

/// Text from the data: escaped, in its own direction.
pub fn data(s: &str) -> String {
    format!("<bdi>{}</bdi>", escape(s))
}

/// A figure written by [`crate::format`], in the language's convention,
/// left to right in any paragraph.
pub fn num(msg: &Messages, figure: &str) -> String {
    format!("<span dir=\"ltr\">{}</span>", escape(&msg.localize(figure)))
}

/// A sentence the program made with figures inside ("95.01 / 100, Tier 1
/// after 5 steps"), as HTML: escaped, each figure set left to right, so in
/// Arabic "95.01 / 100" never reads "100 / 95.01". A figure is digits with
/// a decimal point or comma (or a hyphen: a date) between digits, a sign or
/// a ▲ ▼ before, and
/// " / " and a second number after.
pub fn prose(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 32);
    let mut i = 0;
    while i < chars.len() {
        match figure_at(&chars, i) {
            Some(end) => {
                let fig: String = chars[i..end].iter().collect();
                out.push_str(&format!("<span dir=\"ltr\">{}</span>", escape(&fig)));
                i = end;
            }
            None => {
                out.push_str(&escape(&chars[i].to_string()));
                i += 1;
            }
        }
    }
    out
}

/// Where the figure starting at `i` ends, if one starts there.
fn figure_at(c: &[char], i: usize) -> Option<usize> {
    let digit = |j: usize| c.get(j).is_some_and(char::is_ascii_digit);
    // A figure starts at its mark or sign, never inside a word or number.
    if i > 0 && (c[i - 1].is_alphanumeric() || matches!(c[i - 1], '.' | ',' | '+' | '-' | '−')) {
        return None;
    }
    let mut j = i;
    if matches!(c[j], '▲' | '▼') && c.get(j + 1) == Some(&' ') {
        j += 2;
    }
    if c.get(j).is_some_and(|&x| matches!(x, '+' | '-' | '−')) && digit(j + 1) {
        j += 1;
    }
    let number = |mut j: usize| {
        if !digit(j) {
            return None;
        }
        // A decimal point or comma, or a date's or range's hyphen, between
        // two digits stays in the figure.
        while digit(j)
            || (c.get(j).is_some_and(|x| matches!(x, '.' | ',' | '-'))
                && digit(j + 1)
                && digit(j.wrapping_sub(1)))
        {
            j += 1;
        }
        Some(j)
    };
    let mut end = number(j)?;
    // "2 / 3", "95.01 / 100": one figure.
    if c.get(end) == Some(&' ')
        && c.get(end + 1) == Some(&'/')
        && c.get(end + 2) == Some(&' ')
        && let Some(e) = number(end + 3)
    {
        end = e;
    }
    Some(end)
}

/// The tier numbered `n`, if it is one.
pub fn tier(n: u8) -> Option<Tier> {
    Tier::ALL.into_iter().find(|t| t.number() == n)
}

/// "Tier 3 · Establishing", as plain text (escape it where it goes).
pub fn tier_badge(msg: &Messages, t: Tier) -> String {
    msg.get_args(
        "html-tier-badge",
        &[
            ("tier", t.number().into()),
            ("name", msg.tier_name(t).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Messages};

    /// Messages go into the page unescaped (around escaped fragments), so
    /// none may hold markup; every message of every language is checked.
    #[test]
    fn no_message_holds_markup() {
        for (lang, code, sources) in Lang::ALL {
            let m = Messages::new(lang);
            for source in sources {
                for line in source.lines().filter(|l| !l.trim_start().starts_with('#')) {
                    // `->` opens a Fluent selector; it is syntax, not text.
                    assert!(
                        !line.replace("->", "").contains(['<', '>', '&']),
                        "locales/{code}: a message holds markup: {line}"
                    );
                }
            }
            assert!(!text(&m, "html-overall").is_empty());
        }
    }

    #[test]
    fn figures_in_prose_run_left_to_right_and_the_rest_is_escaped() {
        let ltr = |f: &str| format!("<span dir=\"ltr\">{f}</span>");
        assert_eq!(
            prose("95.01 / 100, Tier 1 after 5 steps (+3.51) & <b>"),
            format!(
                "{}, Tier {} after {} steps ({}) &amp; &lt;b&gt;",
                ltr("95.01 / 100"),
                ltr("1"),
                ltr("5"),
                ltr("+3.51")
            )
        );
        assert_eq!(
            prose("▲ +3,55 points"),
            format!("{} points", ltr("▲ +3,55"))
        );
        // Not inside a word or an id; a full stop ends the figure.
        assert_eq!(
            prose("CAP-07 at 95.00."),
            format!("CAP-07 at {}.", ltr("95.00"))
        );
        assert_eq!(prose("on 2024-12-01"), format!("on {}", ltr("2024-12-01")));
        assert_eq!(prose(""), "");
    }

    proptest::proptest! {
        /// Whatever the sentence, the page shows exactly its text: the
        /// spans add no character and drop none.
        #[test]
        fn prose_keeps_every_character(s in "[0-9a-z .,/+▲<&-]{0,40}") {
            let html = prose(&s);
            let mut text = String::new();
            let mut in_tag = false;
            for c in html.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            let text = text.replace("&lt;", "<").replace("&amp;", "&");
            proptest::prop_assert_eq!(text, s);
        }
    }

    #[test]
    fn data_is_isolated_and_figures_run_left_to_right() {
        assert_eq!(data("<b>R&D</b>"), "<bdi>&lt;b&gt;R&amp;D&lt;/b&gt;</bdi>");
        let fr = Messages::new(Lang::Fr);
        assert_eq!(num(&fr, "+3.55"), "<span dir=\"ltr\">+3,55</span>");
        let ar = Messages::new(Lang::Ar);
        let badge = tier_badge(&ar, tier(2).unwrap());
        assert!(badge.contains('2') && badge.contains(&ar.tier_name(Tier::Advancing)));
    }
}
