//! Every word the HTML brief shows that is not data, in one place, so a
//! translation replaces this module's table and nothing else.

/// The brief's fixed words (English).
pub struct Labels {
    pub lang: &'static str,
    pub title: &'static str,
    pub overall: &'static str,
    pub out_of: &'static str,
    pub tier: &'static str,
    pub no_tier: &'static str,
    pub since: &'static str,
    pub points_since: &'static str,
    pub no_compare: &'static str,
    pub ranked: &'static str,
    pub pillars: &'static str,
    pub pillar: &'static str,
    pub change: &'static str,
    pub assessed: &'static str,
    pub gain: &'static str,
    pub rank: &'static str,
    pub gain_note: &'static str,
    pub pillar_chart: &'static str,
    pub over_time: &'static str,
    pub year: &'static str,
    pub overall_index: &'static str,
    pub peers: &'static str,
    pub peer_chart: &'static str,
    pub country: &'static str,
    pub weakest: &'static str,
    pub fix_first: &'static str,
    pub fix_first_note: &'static str,
    pub indicator: &'static str,
    pub score: &'static str,
    pub target: &'static str,
    pub index_gain: &'static str,
    pub plan: &'static str,
    pub goal: &'static str,
    pub step: &'static str,
    pub from_to: &'static str,
    pub index_after: &'static str,
    pub partial: &'static str,
    pub scenario: &'static str,
    pub actual: &'static str,
    pub projected: &'static str,
    pub projected_note: &'static str,
    pub scenario_changes: &'static str,
    pub source: &'static str,
    pub data: &'static str,
    pub made_on: &'static str,
    pub method: &'static str,
    pub method_note: &'static str,
    pub not_official: &'static str,
    pub chart_table: &'static str,
}

pub const EN: Labels = Labels {
    lang: "en",
    title: "cybersecurity index",
    overall: "Overall index",
    out_of: "/ 100",
    tier: "Tier",
    no_tier: "No tier: no pillar is scored",
    since: "since",
    points_since: "points since",
    no_compare: "No earlier year to compare with.",
    ranked: "Ranked",
    pillars: "Pillars",
    pillar: "Pillar",
    change: "Change",
    assessed: "Assessed",
    gain: "Potential gain",
    rank: "Rank",
    gain_note: "Potential gain: how much the overall index would rise if every indicator of the pillar reached its target.",
    pillar_chart: "Pillar scores",
    over_time: "The overall index over the years",
    year: "Year",
    overall_index: "Overall index",
    peers: "Standing among peers",
    peer_chart: "Overall index of each peer",
    country: "Country",
    weakest: "Weakest pillars",
    fix_first: "What to fix first",
    fix_first_note: "Ranked by index gain: how much the overall index would rise if the indicator reached its target.",
    indicator: "Indicator",
    score: "Score",
    target: "Target",
    index_gain: "Index gain",
    plan: "Action plan",
    goal: "Goal",
    step: "Step",
    from_to: "Score: from → to",
    index_after: "Index after",
    partial: "* raised part of the way to its target: the goal is reached before.",
    scenario: "Scenario",
    actual: "Actual",
    projected: "Projected",
    projected_note: "Projected figures are what the scenario would make them; they are not data.",
    scenario_changes: "What the scenario changes",
    source: "Source",
    data: "Data",
    made_on: "Made on",
    method: "Method",
    method_note: "Pillar score = 100 × weighted mean of indicator attainment (score ÷ maximum), over the assessed indicators. Overall index = mean of the scored pillars, each weighted equally. Tiers follow the ITU GCI 2024 bands: ≥ 95 Tier 1 Role-modelling, ≥ 85 Tier 2 Advancing, ≥ 55 Tier 3 Establishing, ≥ 20 Tier 4 Evolving, otherwise Tier 5 Building.",
    not_official: "The data states no source: treat these figures as illustrative, not official.",
    chart_table: "The figures of the chart",
};

impl Labels {
    /// "Tier 3 · Establishing".
    pub fn tier_badge(&self, number: u8, name: &str) -> String {
        format!("{} {number} · {name}", self.tier)
    }

    /// The pillar chart's description for a screen reader.
    pub fn pillar_desc(&self, year: i32, compare: Option<i32>) -> String {
        match compare {
            Some(c) => format!(
                "Horizontal bars, one pair per pillar, on a scale of 0 to 100: {year} solid, {c} hatched. The table below gives every figure."
            ),
            None => format!(
                "Horizontal bars, one per pillar, on a scale of 0 to 100, for {year}. The table below gives every figure."
            ),
        }
    }

    pub fn trend_desc(&self, first: i32, last: i32) -> String {
        format!(
            "A line of the overall index from {first} to {last} on a scale of 0 to 100, with the tier thresholds as dashed lines. The table beside it gives every figure."
        )
    }

    pub fn peer_desc(&self, n: usize, country: &str) -> String {
        format!(
            "Each of the {n} ranked countries is a tick on a scale of 0 to 100; {country} is the tall marker with its index written above it. The table below lists every figure."
        )
    }
}
