# Les mots du plan d’action (report --plan), en français. Voir
# locales/en/plan.ftl.

plan-heading = Plan d’action
plan-goal = Objectif
plan-goal-sentence = { $goal } : hausse nécessaire de { $needed }.
col-step = Étape
col-from-to = Score : de → à
col-index-after = Indice après
plan-partial = * relevé en partie vers sa cible : juste assez pour atteindre l’objectif.

## Le plan en markdown (report --format md --plan). Les marques markdown
## sont ajoutées par le programme : { $index } ou { $needed } peuvent
## arriver en gras.
plan-title = { $country } : plan d’action pour l’indice de cybersécurité { $year }
plan-from-scenario = Le plan ci-dessous part de ces scores projetés.
plan-where-heading = Situation actuelle
plan-overall = Indice global { $index }, { $tier }.
plan-unscored = Pas encore d’indice global : aucun pilier ne compte d’indicateur évalué et pondéré
plan-weakest = Piliers les plus faibles : { $list }.
plan-goal-heading = L’objectif
plan-goal-needed = Objectif : { $goal } ; hausse nécessaire de l’indice global : { $needed }.
plan-steps-heading = Les étapes
plan-steps-intro = { $n ->
    [one] { $n } amélioration
   *[other] { $n } améliorations
}, soit { $points } points de score d’indicateur au total, dans cet ordre :
col-plan-from = De
col-plan-to = À
col-plan-points = Points
col-tier-after = Niveau après
plan-tier-cell = Niveau { $tier }
plan-partial-md = Relevé en partie vers sa cible : juste assez pour atteindre l’objectif.
plan-result-heading = Résultat attendu
plan-method-line = Méthode : { $method }

## Les niveaux dans les phrases du plan.
plan-tier-prose = niveau { $tier } ({ $name })
plan-tier-dot = Niveau { $tier } · { $name }
plan-no-tier = aucun niveau

## L’objectif.
plan-goal-tier = { $tier }, à partir de { $score }
plan-goal-score = { $score } / 100 ({ $tier })

## Le résultat.
plan-top-tier = Déjà au niveau le plus élevé, { $tier } : il n’existe pas de niveau supérieur à viser. Indiquez --target-score N pour planifier un score plus élevé.
plan-already-met = L’objectif est déjà atteint : { $index } est égal ou supérieur à { $goal }. Aucune action n’est nécessaire.
plan-result = { $index } / 100, { $tier }
plan-reached = { $result } après { $n ->
    [one] { $n } étape
   *[other] { $n } étapes
} et { $points } points de score d’indicateur.
plan-unreachable = L’objectif ne peut pas être atteint
plan-no-indicator = { $unreachable } : aucun indicateur ne peut relever l’indice.
plan-short = , soit { $needed } de moins que l’objectif de { $goal }
plan-best = { $unreachable } dans la limite des cibles des indicateurs : le meilleur indice atteignable est de { $index } / 100, { $tier }{ $short }.
plan-tail-none = Aucun indicateur ne peut le relever davantage.
plan-tail-steps = Les étapes ci-dessus y mènent.

## La méthode.
plan-method = Chaque étape est l’amélioration qui relève le plus l’indice global par point de score d’indicateur (en cas d’égalité : la plus forte hausse, puis l’identifiant de l’indicateur), portée jusqu’à sa cible et jamais au-delà ; la dernière étape s’arrête dès que l’objectif est atteint. Un indicateur non évalué compte comme évalué à sa cible : c’est une étape entière, dont les points sont sa cible.
