//! A markdown brief a minister can read: headline, pillars, weakest
//! pillars, what to fix first.

use super::markdown_escape::escape;
use super::summary::Summary;
use super::summary_tables;
use super::table::Layout;
use crate::format;

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
    if let Some(sc) = s.scenario.as_ref().map(|s| &s.view) {
        out.push_str(&super::scenario_view::markdown(sc));
        out.push('\n');
    }
    out.push_str("## Pillars\n\n");

    out.push_str(&summary_tables::pillars(s, Layout::Markdown));
    out.push_str("\n_Potential gain: how much the overall index would rise if every indicator of the pillar reached its target._\n");

    if !s.weakest_pillars.is_empty() {
        out.push_str("\n## Weakest pillars\n\n");
        for (n, name) in s.weakest_pillars.iter().enumerate() {
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
        out.push_str(&format!("{}\n", s.no_gaps_listed()));
    } else {
        out.push_str("Ranked by index gain: how much the overall index would rise if the indicator reached its target.\n\n");
        out.push_str(&summary_tables::gaps(s, Layout::Markdown));
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
