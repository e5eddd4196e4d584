# The brief (report --format md), in English. To add a language, copy this
# file to locales/CODE/brief.ftl, translate every value (keep each id and
# each { $placeholder }), and add CODE to Lang in src/i18n/mod.rs.
# Markdown marks (**, _, #) are added by the program, not here.

## How numbers are written: the decimal separator ("92.58").
number-decimal-separator = .

## Head of the brief
brief-title = { $country }: cybersecurity index { $year }
provenance = Source: { $source }. Data: { $files }. Made on { $date }.
source-not-stated = not stated in the file
source-rows-without = { $n ->
    [one] { $n } row states no source
   *[other] { $n } rows state no source
}
files-sheet = { $files }, sheet “{ $sheet }”
list-and-more = { $list } and { $n } more

## Headline
headline-overall = Overall index: { $index } / 100
headline-overall-tier = Overall index: { $index } / 100, Tier { $tier } ({ $name })
headline-since = , { $delta } points since { $year } ({ $then }).
headline-end = .
ranked = Ranked { $standing }.
## A partial index: the overall index is the mean of the scored pillars.
coverage = The index is the mean of { $scored } of { $total } pillars; not assessed: { $missing }.
## Between the items of a list ("Legal, Technical"); quoted to keep its space.
list-separator = {", "}

## Rank among peers: "6th of 16 peers (ZMB, KEN, …)"
ordinal = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}
standing = { $ordinal } of { $group }
standing-tied = , tied with { $n }
standing-ahead = ; { $n } score higher
group-region = the { $n } countries of region { $name }
group-region-added = the { $n } countries of region { $name } and { $added }
group-peers = { $n } peers ({ $list })
group-all = the { $n } countries in the file
group-scored = { $of } with a { $year } score, among { $group }

## Pillars
pillars-heading = Pillars
col-pillar = Pillar
col-change = Change
col-assessed = Assessed
col-potential-gain = Potential gain
col-rank = Rank
potential-gain-note = Potential gain: how much the overall index would rise if every indicator of the pillar reached its target.
weakest-heading = Weakest pillars

## What to fix first
fix-first-heading = What to fix first
fix-first-intro = Ranked by index gain: how much the overall index would rise if the indicator reached its target.
col-indicator = Indicator
col-score = Score
col-target = Target
col-index-gain = Index gain
no-gaps-at-target = Every indicator is at or above its target.
no-gaps-unlisted = { $n ->
    [one] { $n } indicator would raise the index; none listed (--top 0).
   *[other] { $n } indicators would raise the index; none listed (--top 0).
}

## Changes since the comparison year
changes-heading = Changes since { $year }
changes-counts = { $improved } improved, { $declined } declined, { $unchanged } unchanged, { $new } new, { $dropped } dropped, { $notassessed } not assessed.
changes-declined = Declined:
changes-improved = Improved, largest rise first:
changes-and-more = and { $n } more
change-score-points = { $delta } score points
change-attainment-points = { $delta } percentage points of attainment

## Scenario (--scenario)
scenario-heading = Scenario: { $file } (projected, not actual data)
scenario-changes = { $n ->
    [one] { $n } change
   *[other] { $n } changes
}
scenario-summary = With its { $changes }, the overall index would be { $projected } ({ $projectedtier }) instead of { $actual } ({ $actualtier }): { $delta }.
scenario-tier = Tier { $tier }
scenario-elsewhere = { $n ->
    [one] { $n } more change in other countries or years is not reflected here.
   *[other] { $n } more changes in other countries or years are not reflected here.
}
col-actual = Actual
col-projected = Projected
col-changed-indicator = Changed indicator
col-proposed = Proposed

## Method
method-note = Pillar score = 100 × weighted mean of indicator attainment (score ÷ maximum). Overall index = mean of the scored pillars. Tiers follow the ITU GCI 2024 bands.

## ITU GCI 2024 tiers
tier-1 = Role-modelling
tier-2 = Advancing
tier-3 = Establishing
tier-4 = Evolving
tier-5 = Building
