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
    fn data_is_isolated_and_figures_run_left_to_right() {
        assert_eq!(data("<b>R&D</b>"), "<bdi>&lt;b&gt;R&amp;D&lt;/b&gt;</bdi>");
        let fr = Messages::new(Lang::Fr);
        assert_eq!(num(&fr, "+3.55"), "<span dir=\"ltr\">+3,55</span>");
        let ar = Messages::new(Lang::Ar);
        let badge = tier_badge(&ar, tier(2).unwrap());
        assert!(badge.contains('2') && badge.contains(&ar.tier_name(Tier::Advancing)));
    }
}
