# The action plan's words (report --plan), in English. Keep each id and
# each { $placeholder }.

plan-heading = Action plan
plan-goal = Goal
# The goal and the rise it asks for, in the HTML brief: "Tier 1 (Role-modelling) at 95.00: +2.80 needed".
plan-goal-sentence = { $goal }: { $needed } needed.
col-step = Step
col-from-to = Score: from → to
col-index-after = Index after
plan-partial = * part way to its target: just enough to reach the goal.

## The markdown plan (report --format md --plan). Markdown marks (**, _,
## \*) are added by the program: a { $index } or { $needed } may come bold.
plan-title = { $country }: action plan for the cybersecurity index { $year }
plan-from-scenario = The plan below starts from these projected scores.
plan-where-heading = Where we stand
plan-overall = Overall index { $index }, { $tier }.
plan-unscored = No overall index yet: no pillar has an assessed indicator with weight
plan-weakest = Weakest pillars: { $list }.
plan-goal-heading = The goal
plan-goal-needed = { $goal }: { $needed } on the overall index.
plan-steps-heading = The steps
plan-steps-intro = { $n ->
    [one] { $n } improvement
   *[other] { $n } improvements
}, { $points } points of indicator scores in all, in this order:
col-plan-from = From
col-plan-to = To
col-plan-points = Points
col-tier-after = Tier after
plan-tier-cell = Tier { $tier }
plan-partial-md = Part way to its target: just enough to reach the goal.
plan-result-heading = Expected result
plan-method-line = Method: { $method }

## Tiers in the plan's sentences: "Tier 2 (Advancing)", "Tier 2 · Advancing".
plan-tier-prose = Tier { $tier } ({ $name })
plan-tier-dot = Tier { $tier } · { $name }
plan-no-tier = no tier

## The goal: "Tier 1 (Role-modelling) at 95.00", "80.00 / 100 (Tier 2 …)".
plan-goal-tier = { $tier } at { $score }
plan-goal-score = { $score } / 100 ({ $tier })

## What happens at the end.
plan-top-tier = Already in the top tier, { $tier }: there is no tier above to plan for. Give --target-score N to plan for a higher score.
plan-already-met = The goal is already met: { $index } is at or above { $goal }. Nothing to do.
plan-result = { $index } / 100, { $tier }
plan-reached = { $result } after { $n ->
    [one] { $n } step
   *[other] { $n } steps
} and { $points } points of indicator scores.
plan-unreachable = The goal cannot be reached
plan-no-indicator = { $unreachable }: no indicator can raise the index.
plan-short = , { $needed } short of { $goal }
plan-best = { $unreachable } within the indicators' targets: the best reachable index is { $index } / 100, { $tier }{ $short }.
plan-tail-none = No indicator can raise it further.
plan-tail-steps = The steps above get there.

## How the plan is made.
plan-method = Each step is the improvement with the largest rise of the overall index per point of indicator score (ties: the larger rise, then the indicator id), raised to its target and never beyond; the last step stops where the goal is reached. A not-assessed indicator counts as assessed at its target, a whole step whose points are its target.
