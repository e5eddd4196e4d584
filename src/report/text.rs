//! Plain-text report for a terminal or a log.

use super::summary::Summary;
use super::summary_tables;
use super::table::{INDENTED, PLAIN};
use crate::format;
use crate::i18n::{Lang, Messages};
use crate::sanitize::visible;

pub fn render(s: &Summary) -> String {
    let mut out = String::new();
    let year = s.year.to_string();
    let cmp = s.compare_year.map(|y| y.to_string());
    out.push_str(&visible(&s.country_label()));
    out.push_str(&format!(" — cybersecurity index {year}"));
    if let Some(c) = &cmp {
        out.push_str(&format!(" (compared with {c})"));
    }
    out.push('\n');
    if let Some(p) = &s.provenance {
        out.push_str(&p.text());
    }
    out.push('\n');

    out.push_str(&format!("Overall  {} / 100", format::index(s.overall)));
    if let (Some(t), Some(label)) = (s.tier, s.tier_label) {
        out.push_str(&format!("   Tier {t} · {label}"));
    }
    if let Some(c) = &cmp {
        out.push_str(&format!(
            "   {} since {c} ({})",
            format::delta(format::index_delta(s.compare_overall, s.overall)),
            format::index(s.compare_overall)
        ));
    }
    out.push('\n');
    let safe = |t: &str| visible(t).into_owned();
    if let Some(words) = s.standing_words(&safe, &|o| o) {
        out.push_str(&format!("Rank     by overall index, {words}\n"));
    }
    if let Some(note) = s.coverage_in(&Messages::new(Lang::En), &safe) {
        out.push_str(&format!("Note     {note}\n"));
    }
    out.push('\n');
    if let Some(sc) = s.scenario.as_ref().map(|s| &s.view) {
        out.push_str(&super::scenario_view::text(sc));
        out.push('\n');
    }

    let english = Messages::new(Lang::En);
    out.push_str(&summary_tables::pillars(s, PLAIN, &english));

    if !s.weakest_pillars.is_empty() {
        let weakest: Vec<String> = s
            .weakest_pillars
            .iter()
            .map(|name| {
                let score = s.pillar_score(name);
                format!("{} {}", visible(name), format::score(score))
            })
            .collect();
        out.push_str(&format!("\nWeakest pillars: {}\n", weakest.join(", ")));
    }

    out.push_str(
        "\nWhat to fix first (rise of the overall index if the indicator reaches its target)\n",
    );
    if s.top_gaps.is_empty() {
        out.push_str(&format!("  {}\n", s.no_gaps_listed()));
    } else {
        out.push_str(&summary_tables::gaps(s, INDENTED, &english));
    }

    if let (Some(k), Some(c)) = (&s.changes, &cmp) {
        out.push_str(&format!(
            "\nIndicators since {c}: {} improved, {} declined, {} unchanged, {} new, {} dropped, {} not assessed\n",
            k.improved, k.declined, k.unchanged, k.new, k.dropped, k.not_assessed
        ));
        out.push_str(&super::brief_words::changes_text(&s.declined, &s.improved));
    }
    out
}
