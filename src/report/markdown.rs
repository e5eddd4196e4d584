//! A markdown brief a minister can read: headline, pillars, weakest
//! pillars, what to fix first.

use super::summary::Summary;
use crate::format::{self, NONE};
use crate::sanitize::visible;

/// Data text made inert in markdown: no control characters, no line or
/// table breaks, no emphasis, strikethrough, code, links, autolinks,
/// footnotes, maths, entities or HTML. CommonMark shows a backslash-escaped
/// ASCII punctuation character as it is, so each that starts a construct
/// in running text is escaped (`&lt;` stays `&lt;`, `~~x~~` is not struck
/// through). Data text never starts a line (newlines are shown as ␊), so
/// what means something only there (`-`, `+`, `1.`) is left to read.
pub fn escape(s: &str) -> String {
    let shown = visible(s);
    let mut out = String::with_capacity(shown.len());
    for (i, c) in shown.char_indices() {
        let rest = &shown[i + c.len_utf8()..];
        let special = match c {
            '\\' | '`' | '*' | '_' | '~' | '^' | '$' | '[' | ']' | '{' | '}' | '<' | '>' | '|'
            | '#' | '!' | '@' => true,
            // `&amp;` and `&#65;`; "R&D" and "Policy & Strategy" read as they are.
            '&' => is_reference(rest),
            // A GFM autolink: `https://…` and `www.…`.
            ':' => rest.starts_with('/'),
            '.' => out.len() >= 3 && out.as_bytes()[out.len() - 3..].eq_ignore_ascii_case(b"www"),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
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

pub fn render(s: &Summary) -> String {
    let mut out = String::new();
    let cmp = s.compare_year;
    out.push_str(&format!(
        "# {}: cybersecurity index {}\n\n",
        escape(&s.country_label()),
        s.year
    ));
    if let Some(p) = &s.provenance {
        out.push_str(&p.markdown());
        out.push('\n');
    }

    let mut headline = format!("**Overall index: {} / 100", format::index(s.overall));
    if let (Some(t), Some(label)) = (s.tier, s.tier_label) {
        headline.push_str(&format!(", Tier {t} ({label})"));
    }
    headline.push_str("**");
    if let Some(c) = cmp {
        headline.push_str(&format!(
            ", {} points since {c} ({}).",
            format::delta(format::index_delta(s.compare_overall, s.overall)),
            format::index(s.compare_overall)
        ));
    } else {
        headline.push('.');
    }
    out.push_str(&headline);
    if let Some(words) = s.standing_words(&|t| escape(t), &|o| format!("**{o}**")) {
        out.push_str(&format!(" Ranked {words}."));
    }
    out.push_str("\n\n");
    if let Some(sc) = &s.scenario {
        out.push_str(&super::scenario::markdown(sc));
        out.push('\n');
    }
    out.push_str("## Pillars\n\n");

    // (heading, alignment) of each column; the comparison columns only
    // with a comparison year, the rank only with peers.
    let ranked = s.peer_group.is_some();
    let year = s.year.to_string();
    let mut columns = vec![("Pillar", "---"), (year.as_str(), "---:")];
    let compared = cmp.map(|c| c.to_string());
    if let Some(c) = &compared {
        columns.extend([(c.as_str(), "---:"), ("Change", "---:")]);
    }
    columns.extend([("Assessed", "---:"), ("Potential gain", "---:")]);
    if ranked {
        columns.push(("Rank", "---"));
    }
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(columns.iter().map(|c| c.0.to_string()).collect()));
    let aligns: Vec<&str> = columns.iter().map(|c| c.1).collect();
    out.push_str(&format!("|{}|\n", aligns.join("|")));
    for p in &s.pillars {
        let mut cells = vec![escape(&p.pillar), format::score(p.score)];
        if compared.is_some() {
            cells.extend([
                format::score(p.compare_score),
                format::delta(format::shown_delta(p.compare_score, p.score)),
            ]);
        }
        cells.extend([
            format!("{}/{}", p.assessed, p.indicators),
            format!("{:.2}", p.gain),
        ]);
        if ranked {
            cells.push(p.standing());
        }
        out.push_str(&line(cells));
    }
    out.push_str("\n_Potential gain: how much the overall index would rise if every indicator of the pillar reached its target._\n");

    if !s.weakest_pillars.is_empty() {
        out.push_str("\n## Weakest pillars\n\n");
        for (n, name) in s.weakest_pillars.iter().take(3).enumerate() {
            let score = s
                .pillars
                .iter()
                .find(|p| &p.pillar == name)
                .and_then(|p| p.score);
            out.push_str(&format!(
                "{}. **{}**: {}\n",
                n + 1,
                escape(name),
                format::score(score)
            ));
        }
    }

    out.push_str("\n## What to fix first\n\n");
    if s.top_gaps.is_empty() {
        out.push_str("Every indicator is at or above its target.\n");
    } else {
        out.push_str("Ranked by index gain: how much the overall index would rise if the indicator reached its target.\n\n");
        out.push_str("| # | Indicator | Pillar | Score | Target | Index gain |\n|---:|---|---|---:|---:|---:|\n");
        for (n, g) in s.top_gaps.iter().enumerate() {
            let score = g.score.map_or_else(|| NONE.to_string(), format::points);
            out.push_str(&format!(
                "| {} | {} ({}) | {} | {} / {} | {} | +{:.2} |\n",
                n + 1,
                escape(&g.indicator),
                escape(&g.indicator_id),
                escape(&g.pillar),
                score,
                format::points(g.max_score),
                format::points(g.target),
                g.gain
            ));
        }
    }

    if let (Some(k), Some(c)) = (&s.changes, cmp) {
        out.push_str(&format!(
            "\n## Changes since {c}\n\n{} improved, {} declined, {} unchanged, {} new, {} dropped, {} not assessed.\n",
            k.improved, k.declined, k.unchanged, k.new, k.dropped, k.not_assessed
        ));
        out.push_str(&super::changes::markdown(&s.declined, &s.improved));
    }
    out.push_str("\n---\n_Pillar score = 100 × weighted mean of indicator attainment (score ÷ maximum). Overall index = mean of the scored pillars. Tiers follow the ITU GCI 2024 bands._\n");
    out
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
