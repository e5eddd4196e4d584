# Le rapport (report --format md), en français. Voir locales/en/brief.ftl.

## Écriture des nombres : séparateur décimal (« 92,58 »).
number-decimal-separator = ,

## En-tête
brief-title = { $country } : indice de cybersécurité { $year }
provenance = Source : { $source }. Données : { $files }. Établi le { $date }.
source-not-stated = non indiquée dans le fichier
source-rows-without = { $n ->
    [one] { $n } ligne n’indique pas de source
   *[other] { $n } lignes n’indiquent pas de source
}
files-sheet = { $files }, feuille « { $sheet } »
list-and-more = { $list } et { $n } autres

## Résultat principal
headline-overall = Indice global : { $index } / 100
headline-overall-tier = Indice global : { $index } / 100, niveau { $tier } ({ $name })
headline-since = , { $delta } points depuis { $year } ({ $then }).
headline-end = .
ranked = Rang : { $standing }.
coverage = L’indice est la moyenne de { $scored } piliers sur { $total } ; non évalués : { $missing }.
list-separator = {", "}

## Rang parmi les pairs
ordinal = { NUMBER($n, type: "ordinal") ->
    [one] { $n }er
   *[other] { $n }e
}
standing = { $ordinal } sur { $group }
standing-tied = , à égalité avec { $n }
standing-ahead = { $n ->
    [one] ; { $n } pays obtient un score supérieur
   *[other] ; { $n } pays obtiennent un score supérieur
}
group-region = les { $n } pays de la région { $name }
group-region-added = les { $n } pays de la région { $name } et { $added }
group-peers = { $n } pays pairs ({ $list })
group-all = les { $n } pays du fichier
group-scored = { $of } ayant un score en { $year }, parmi { $group }

## Piliers
pillars-heading = Piliers
col-pillar = Pilier
col-change = Variation
col-assessed = Évalués
col-potential-gain = Gain potentiel
col-rank = Rang
potential-gain-note = Gain potentiel : hausse de l’indice global si chaque indicateur du pilier atteignait sa cible.
weakest-heading = Piliers les plus faibles

## Priorités
fix-first-heading = Priorités d’action
fix-first-intro = Classement par gain d’indice : hausse de l’indice global si l’indicateur atteignait sa cible.
col-indicator = Indicateur
col-score = Score
col-target = Cible
col-index-gain = Gain d’indice
no-gaps-at-target = Chaque indicateur atteint ou dépasse sa cible.
no-gaps-unlisted = { $n ->
    [one] { $n } indicateur relèverait l’indice ; aucun n’est listé (--top 0).
   *[other] { $n } indicateurs relèveraient l’indice ; aucun n’est listé (--top 0).
}

## Évolutions depuis l’année de comparaison
changes-heading = Évolutions depuis { $year }
changes-counts = En hausse : { $improved } ; en baisse : { $declined } ; inchangés : { $unchanged } ; nouveaux : { $new } ; retirés : { $dropped } ; non évalués : { $notassessed }.
changes-declined = En baisse :
changes-improved = En hausse, de la plus forte progression à la plus faible :
changes-and-more = et { $n } autres
change-score-points = { $delta } points de score
change-attainment-points = { $delta } points de pourcentage de réalisation

## Scénario (--scenario)
scenario-heading = Scénario : { $file } (projection, et non données réelles)
scenario-changes = { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
}
scenario-summary = Avec ce scénario ({ $changes }), l’indice global serait de { $projected } ({ $projectedtier }) au lieu de { $actual } ({ $actualtier }) : { $delta }.
scenario-tier = niveau { $tier }
scenario-elsewhere = { $n ->
    [one] { $n } autre modification, portant sur d’autres pays ou années, n’est pas prise en compte ici.
   *[other] { $n } autres modifications, portant sur d’autres pays ou années, ne sont pas prises en compte ici.
}
col-actual = Réel
col-projected = Projeté
col-changed-indicator = Indicateur modifié
col-proposed = Proposé

## Méthode
method-note = Score d’un pilier = 100 × moyenne pondérée du taux de réalisation des indicateurs (score ÷ maximum). Indice global = moyenne des piliers notés. Les niveaux suivent les seuils du GCI 2024 de l’UIT.

## Niveaux du GCI 2024 de l’UIT
tier-1 = Exemplaire
tier-2 = En progression
tier-3 = En consolidation
tier-4 = En évolution
tier-5 = En construction
