//! The Summary sheet: the headline facts of the report, one a row, as the
//! text report's head gives them: the index, the tier, the comparison, the
//! rank, where the data comes from and when the report was made; and, with
//! `--plan` or `--scenario`, where they lead.

use super::{Contents, change, index_cell, whole};
use crate::format;
use crate::report::plan::PlanReport;
use crate::report::plan_render;
use crate::report::scenario_view::ScenarioView;
use crate::write::sheet::{Cell, Sheet};

pub const NAME: &str = "Summary";

/// Rows of (what, value), the value a number wherever it is one.
struct Facts(Vec<Vec<Cell>>);

impl Facts {
    fn add(&mut self, what: impl Into<String>, value: Cell) {
        self.0.push(vec![Cell::text(what), value]);
    }

    fn text(&mut self, what: impl Into<String>, value: impl Into<String>) {
        self.add(what, Cell::text(value));
    }

    fn index(&mut self, what: impl Into<String>, v: Option<f64>) {
        self.add(what, v.map_or(Cell::Empty, index_cell));
    }

    fn tier(&mut self, what: &str, tier: Option<u8>, label: Option<&str>) {
        self.add(what, tier.map_or(Cell::Empty, |t| whole(i64::from(t))));
        if let Some(label) = label {
            self.text(format!("{what}: name"), label);
        }
    }
}

pub fn sheet(c: &Contents) -> Sheet {
    let s = c.summary;
    let mut f = Facts(Vec::new());
    f.text("Country", s.country_label());
    f.text("Country code", s.country.as_str());
    f.add("Year", whole(i64::from(s.year)));
    f.index("Overall index", s.overall);
    f.tier("Tier", s.tier, s.tier_label);
    f.add("Pillars scored", whole(s.pillars_scored as i64));
    f.add("Pillars in the data", whole(s.pillars_total as i64));
    let plain = |t: &str| t.to_string();
    if let Some(note) = s.coverage_in(&crate::i18n::Messages::new(crate::i18n::Lang::En), &plain) {
        f.text("Partial index", note);
    }
    if let Some(y0) = s.compare_year {
        f.add("Compared with", whole(i64::from(y0)));
        f.index(format!("Overall index {y0}"), s.compare_overall);
        f.add(
            format!("Change since {y0}"),
            change(format::index_delta(s.compare_overall, s.overall)),
        );
    }
    if let (Some(rank), Some(of)) = (s.rank, s.of) {
        f.add("Rank by overall index", whole(rank as i64));
        f.add("Countries ranked", whole(of as i64));
        let plain = |t: &str| t.to_string();
        if let Some(words) = s.standing_words(&plain, &|o| o) {
            f.text("Standing", words);
        }
    }
    if !s.weakest_pillars.is_empty() {
        f.text("Weakest pillars", s.weakest_pillars.join("; "));
    }
    if let (Some(k), Some(y0)) = (&s.changes, s.compare_year) {
        for (what, n) in [
            ("improved", k.improved),
            ("declined", k.declined),
            ("unchanged", k.unchanged),
            ("new", k.new),
            ("dropped", k.dropped),
            ("not assessed", k.not_assessed),
        ] {
            f.add(format!("Indicators {what} since {y0}"), whole(n as i64));
        }
    }
    if let Some(sc) = &s.scenario {
        scenario(&mut f, &sc.view);
    }
    if let Some(p) = c.plan {
        plan(&mut f, p);
    }
    if let Some(p) = &s.provenance {
        f.text("Data files", p.files_plain());
        f.text(
            "Source",
            if p.source.is_empty() {
                "not stated in the file".to_string()
            } else {
                p.source.join("; ")
            },
        );
        if !p.source.is_empty() && p.rows_without_source > 0 {
            f.add(
                "Rows stating no source",
                whole(p.rows_without_source as i64),
            );
        }
        f.text("Made on", p.generated.as_str());
    }
    Sheet {
        name: NAME.to_string(),
        header: vec!["Item".to_string(), "Value".to_string()],
        rows: f.0,
    }
}

/// What the scenario makes of the year, marked as projected.
fn scenario(f: &mut Facts, v: &ScenarioView) {
    f.text("Scenario (projected, not actual data)", v.file.as_str());
    f.index("Projected overall index", v.projected_overall);
    f.add(
        "Projected change",
        change(format::index_delta(v.actual_overall, v.projected_overall)),
    );
    f.tier("Projected tier", v.projected_tier, v.projected_tier_label);
    if v.elsewhere > 0 {
        f.add(
            "Scenario changes elsewhere, not reflected",
            whole(v.elsewhere as i64),
        );
    }
}

/// The plan's goal and where its steps lead, as `--plan` reports them.
fn plan(f: &mut Facts, p: &PlanReport) {
    let goal = plan_render::goal_words(p, false);
    f.text(
        "Plan goal",
        if goal.is_empty() {
            "none: already in the top tier".to_string()
        } else {
            goal
        },
    );
    f.add("Plan goal score", super::score(p.goal.score));
    f.add("Plan steps", whole(p.steps.len() as i64));
    f.add("Plan points", Cell::score(p.points));
    f.text(
        "Plan reaches its goal",
        if p.reached { "yes" } else { "no" },
    );
    f.index("Overall index after the plan", p.end.overall);
    f.tier("Tier after the plan", p.end.tier, p.end.tier_label);
    f.index("Best reachable overall index", p.best_reachable.overall);
    f.text("Plan outcome", plan_render::outcome(p, false));
    f.text("Plan method", p.method);
}
