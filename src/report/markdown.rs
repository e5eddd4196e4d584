//! A markdown brief a minister can read: headline, pillars, weakest
//! pillars, what to fix first, in the reader's language ([`Messages`]).
//! Figures are written by [`crate::format`] and only their decimal
//! separator changes with the language, so every language shows the same
//! numbers.

use super::brief_words;
use super::markdown_escape::escape;
use super::summary::Summary;
use super::summary_tables;
use super::table::Layout;
use crate::format;
use crate::i18n::Messages;
use crate::model::rank::Standing;
use crate::model::tier::Tier;

pub fn render(s: &Summary, msg: &Messages) -> String {
    let safe = |t: &str| escape(t);
    let mut out = String::new();
    let cmp = s.compare_year;
    let title = msg.get_args(
        "brief-title",
        &[
            ("country", escape(&s.country_label()).into()),
            ("year", s.year.to_string().into()),
        ],
    );
    out.push_str(&format!("# {title}\n\n"));
    if let Some(p) = &s.provenance {
        out.push_str(&brief_words::provenance(msg, p, &safe));
        out.push('\n');
    }

    let index = msg.localize(&format::index(s.overall));
    let tier = s
        .tier
        .and_then(|t| Tier::ALL.into_iter().find(|x| x.number() == t));
    let headline = match tier {
        Some(t) => msg.get_args(
            "headline-overall-tier",
            &[
                ("index", index.into()),
                ("tier", t.number().into()),
                ("name", msg.tier_name(t).into()),
            ],
        ),
        None => msg.get_args("headline-overall", &[("index", index.into())]),
    };
    out.push_str(&format!("**{headline}**"));
    match cmp {
        Some(c) => out.push_str(
            &msg.get_args(
                "headline-since",
                &[
                    (
                        "delta",
                        msg.localize(&format::delta(format::index_delta(
                            s.compare_overall,
                            s.overall,
                        )))
                        .into(),
                    ),
                    ("year", c.to_string().into()),
                    (
                        "then",
                        msg.localize(&format::index(s.compare_overall)).into(),
                    ),
                ],
            ),
        ),
        None => out.push_str(&msg.get("headline-end")),
    }
    if let (Some(rank), Some(of), Some(group)) = (s.rank, s.of, &s.peer_group) {
        let place = Standing {
            rank,
            of,
            tied_with: s.tied_with.unwrap_or(0),
            ahead: s.ahead.unwrap_or(rank - 1),
        };
        let group = brief_words::group(msg, group, of, s.year, &safe);
        let words = brief_words::standing(msg, place, group, &|o| format!("**{o}**"));
        out.push(' ');
        out.push_str(&msg.get_args("ranked", &[("standing", words.into())]));
    }
    out.push_str("\n\n");
    if let Some(note) = s.coverage_in(msg, &safe) {
        out.push_str(&format!("_{note}_\n\n"));
    }
    if let Some(sc) = s.scenario.as_ref().map(|s| &s.view) {
        out.push_str(&super::scenario_view::markdown(sc, msg));
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", msg.get("pillars-heading")));

    out.push_str(&summary_tables::pillars(s, Layout::Markdown, msg));
    out.push_str(&format!("\n_{}_\n", msg.get("potential-gain-note")));

    if !s.weakest_pillars.is_empty() {
        out.push_str(&format!("\n## {}\n\n", msg.get("weakest-heading")));
        for (n, name) in s.weakest_pillars.iter().enumerate() {
            let score = s.pillar_score(name);
            out.push_str(&format!(
                "{}. **{}**: {}\n",
                n + 1,
                escape(name),
                msg.localize(&format::score(score))
            ));
        }
    }

    out.push_str(&format!("\n## {}\n\n", msg.get("fix-first-heading")));
    if s.top_gaps.is_empty() {
        out.push_str(&format!("{}\n", s.no_gaps_listed_in(msg)));
    } else {
        out.push_str(&format!("{}\n\n", msg.get("fix-first-intro")));
        out.push_str(&summary_tables::gaps(s, Layout::Markdown, msg));
    }

    if let (Some(k), Some(c)) = (&s.changes, cmp) {
        let heading = msg.get_args("changes-heading", &[("year", c.to_string().into())]);
        let counts = msg.get_args(
            "changes-counts",
            &[
                ("improved", k.improved.into()),
                ("declined", k.declined.into()),
                ("unchanged", k.unchanged.into()),
                ("new", k.new.into()),
                ("dropped", k.dropped.into()),
                ("notassessed", k.not_assessed.into()),
            ],
        );
        out.push_str(&format!("\n## {heading}\n\n{counts}\n"));
        out.push_str(&brief_words::changes(msg, &s.declined, &s.improved, &safe));
    }
    out.push_str(&format!("\n---\n_{}_\n", msg.get("method-note")));
    out
}
