# The action plan's words (report --plan), in English. Keep each id and
# each { $placeholder }.

plan-heading = Action plan
plan-goal = Goal
col-step = Step
col-from-to = Score: from → to
col-index-after = Index after
plan-partial = * raised part of the way to its target: the goal is reached before.
