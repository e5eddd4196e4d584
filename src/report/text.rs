//! Plain-text report for a terminal or a log.

use super::summary::Summary;
use crate::format::{self, NONE};
use crate::sanitize::{fit, visible};

const NAME_W: usize = 24;

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
    out.push('\n');
    if let Some(sc) = s.scenario.as_ref().map(|s| &s.view) {
        out.push_str(&super::scenario::text(sc));
        out.push('\n');
    }

    // Without a comparison year the comparison columns would be empty, and
    // without peers there are no ranks.
    let ranked = s.peer_group.is_some();
    let row = |name: &str, cells: [String; 6]| {
        let [now, before, delta, assessed, gain, rank] = cells;
        let mut line = format!("{}  {now:>7}", fit(name, NAME_W));
        if cmp.is_some() {
            line.push_str(&format!("  {before:>7}  {delta:>9}"));
        }
        line.push_str(&format!("  {assessed:>8}  {gain:>6}"));
        if ranked {
            line.push_str(&format!("  {rank}"));
        }
        line.push('\n');
        line
    };
    out.push_str(&row(
        "Pillar",
        [
            year.clone(),
            cmp.clone().unwrap_or_default(),
            "Δ".into(),
            "Assessed".into(),
            "Gain".into(),
            "Rank".into(),
        ],
    ));
    for p in &s.pillars {
        out.push_str(&row(
            &p.pillar,
            [
                format::score(p.score),
                format::score(p.compare_score),
                format::delta(format::shown_delta(p.compare_score, p.score)),
                format!("{}/{}", p.assessed, p.indicators),
                format!("{:.2}", p.gain),
                p.standing(),
            ],
        ));
    }

    if !s.weakest_pillars.is_empty() {
        let weakest: Vec<String> = s
            .weakest_pillars
            .iter()
            .take(3)
            .map(|name| {
                let score = s
                    .pillars
                    .iter()
                    .find(|p| &p.pillar == name)
                    .and_then(|p| p.score);
                format!("{} {}", visible(name), format::score(score))
            })
            .collect();
        out.push_str(&format!("\nWeakest pillars: {}\n", weakest.join(", ")));
    }

    out.push_str(
        "\nWhat to fix first (rise of the overall index if the indicator reaches its target)\n",
    );
    if s.top_gaps.is_empty() {
        out.push_str("  Every indicator is at or above its target.\n");
    } else {
        out.push_str(&format!(
            "  {:>2}  {}  {}  {:>9}  {:>6}  {:>6}\n",
            "#",
            fit("Indicator", 40),
            fit("Pillar", 20),
            "Score",
            "Target",
            "Gain"
        ));
        for (n, g) in s.top_gaps.iter().enumerate() {
            let score = g.score.map_or_else(
                || format!("{NONE} / {}", format::points(g.max_score)),
                |v| format!("{} / {}", format::points(v), format::points(g.max_score)),
            );
            out.push_str(&format!(
                "  {:>2}  {}  {}  {:>9}  {:>6}  {:>+6.2}\n",
                n + 1,
                fit(&format!("{} {}", g.indicator_id, g.indicator), 40),
                fit(&g.pillar, 20),
                score,
                format::points(g.target),
                g.gain
            ));
        }
    }

    if let (Some(k), Some(c)) = (&s.changes, &cmp) {
        out.push_str(&format!(
            "\nIndicators since {c}: {} improved, {} declined, {} unchanged, {} new, {} dropped, {} not assessed\n",
            k.improved, k.declined, k.unchanged, k.new, k.dropped, k.not_assessed
        ));
        out.push_str(&super::changes::text(&s.declined, &s.improved));
    }
    out
}
