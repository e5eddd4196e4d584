//! `report --format html`: the brief a minister's office can print. One
//! self-contained page (inline CSS and SVG; no script, no font or image
//! fetched) built from the same views as every other format: the
//! [`Summary`], the [`PlanReport`] with `--plan`, the scenario's view with
//! `--scenario`, and the [`Trends`] the workbook charts, so every figure
//! is written as the text report writes it.

mod peers;
mod plan;
mod sections;
mod style;
pub mod svg;
mod table;
mod words;

use super::plan::PlanReport;
use super::summary::Summary;
use super::xlsx::Trends;
use crate::i18n::Messages;
pub use peers::PeerScores;

/// Everything a brief is made from.
pub struct Brief<'a> {
    pub summary: &'a Summary,
    /// With `--plan`.
    pub plan: Option<&'a PlanReport>,
    pub trends: &'a Trends,
    /// The peer group's indices in the year, when there are peers.
    pub peers: Option<&'a PeerScores>,
    /// The reader's language: every word that is not data.
    pub msg: &'a Messages,
}

/// Text made safe for HTML, in element content and in quoted attributes
/// alike: data never opens a tag, ends one, or leaves an attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters (a terminal escape in a name) have no
            // business in a document; NUL is not even allowed.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            // Bidi embeddings, overrides and isolates: one left open in a
            // name would reorder the text after it (figures included).
            // Marks (LRM, RLM, ALM) close nothing and stay.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The whole document.
pub fn render(b: &Brief) -> String {
    let s = b.summary;
    let msg = b.msg;
    let lang = msg.lang();
    // The title is plain text (no markup inside <title>): the country is
    // escaped and the message holds none (a test checks).
    let title = msg.get_args(
        "brief-title",
        &[
            ("country", escape(&s.country_label()).into()),
            ("year", s.year.to_string().into()),
        ],
    );
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        lang.code(),
        if lang.rtl() { "rtl" } else { "ltr" },
        title,
        style::CSS
    );
    let heading = msg.get_args(
        "brief-title",
        &[
            ("country", words::data(&s.country_label()).into()),
            ("year", s.year.to_string().into()),
        ],
    );
    out.push_str(&format!("<header>\n<h1>{heading}</h1>\n"));
    out.push_str(&sections::headline(b));
    // The message holds no markup (a test checks), names come escaped.
    if let Some(note) = b.summary.coverage_in(b.msg, &|t| words::data(t)) {
        out.push_str(&format!("<p class=\"coverage\">{note}</p>\n"));
    }
    out.push_str("</header>\n<main>\n");
    if let Some(sc) = &s.scenario {
        out.push_str(&plan::scenario(&sc.view, msg));
    }
    out.push_str(&sections::pillars(b));
    out.push_str(&sections::trend(b));
    out.push_str(&sections::peers(b));
    out.push_str(&sections::weakest(b));
    out.push_str(&sections::fix_first(b));
    if let Some(p) = b.plan {
        out.push_str(&plan::plan(p, msg));
    }
    out.push_str("</main>\n");
    out.push_str(&sections::footer(b));
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn data_never_opens_a_tag_or_leaves_an_attribute() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("R&D"), "R&amp;D");
        assert_eq!(escape("a\u{1b}[31mb\0"), "a\u{fffd}[31mb\u{fffd}");
        assert_eq!(escape("Côte d’Ivoire"), "Côte d’Ivoire");
        assert_eq!(
            escape("a\u{202e}b\u{2067}c\u{200f}"),
            "a\u{fffd}b\u{fffd}c\u{200f}"
        );
    }
}
