# The HTML brief's own words (report --format html), in English. The brief
# also uses brief.ftl (headings and columns it shares with Markdown) and
# plan.ftl. Keep each id and each { $placeholder }; the program adds the
# markup, so write plain text here.

html-overall = Overall index
html-out-of = / 100
html-tier-badge = Tier { $tier } · { $name }
html-no-tier = No tier: no pillar is scored
html-since = { $delta } points since { $year } ({ $then })
html-no-compare = No earlier year to compare with.
html-pillar-chart = Pillar scores
html-pillar-desc-pair = Horizontal bars, one pair per pillar, on a scale of 0 to 100: { $year } solid, { $compare } hatched. The table below gives every figure.
html-pillar-desc-one = Horizontal bars, one per pillar, on a scale of 0 to 100, for { $year }. The table below gives every figure.
html-over-time = The overall index over the years
html-trend-desc = A line of the overall index from { $first } to { $last } on a scale of 0 to 100, with the tier thresholds as dashed lines. The table beside it gives every figure.
html-threshold = T{ $tier } ≥ { $value }
html-peers = Standing among peers
html-peer-chart = Overall index of each peer
html-peer-desc = { $n ->
    [one] The one ranked country is a tick on a scale of 0 to 100; { $country } is the tall marker with its index written above it. The table below lists every figure.
   *[other] Each of the { $n } ranked countries is a tick on a scale of 0 to 100; { $country } is the tall marker with its index written above it. The table below lists every figure.
}
col-year = Year
col-overall-index = Overall index
col-tier = Tier
col-country = Country
html-projected-note = Projected figures are what the scenario would make them; they are not data.
html-scenario-changes = What the scenario changes
html-not-official = The data states no source: treat these figures as illustrative, not official.
html-method = Method
html-method-note = Pillar score = 100 × weighted mean of indicator attainment (score ÷ maximum), over the assessed indicators. Overall index = mean of the scored pillars, each weighted equally. Tiers follow the ITU GCI 2024 bands: ≥ 95 Tier 1 Role-modelling, ≥ 85 Tier 2 Advancing, ≥ 55 Tier 3 Establishing, ≥ 20 Tier 4 Evolving, otherwise Tier 5 Building.
html-then = →
