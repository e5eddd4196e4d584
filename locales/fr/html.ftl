# Les mots propres au rapport HTML (report --format html), en français.
# Voir locales/en/html.ftl.

html-overall = Indice global
html-out-of = / 100
html-tier-badge = Niveau { $tier } · { $name }
html-no-tier = Aucun niveau : aucun pilier n’est noté
html-since = { $delta } points depuis { $year } ({ $then })
html-no-compare = Aucune année antérieure à comparer.
html-pillar-chart = Scores des piliers
html-pillar-desc-pair = Barres horizontales, une paire par pilier, sur une échelle de 0 à 100 : { $year } en plein, { $compare } en hachuré. Le tableau ci-dessous donne tous les chiffres.
html-pillar-desc-one = Barres horizontales, une par pilier, sur une échelle de 0 à 100, pour { $year }. Le tableau ci-dessous donne tous les chiffres.
html-over-time = L’indice global au fil des années
html-trend-desc = Une courbe de l’indice global de { $first } à { $last } sur une échelle de 0 à 100, avec les seuils des niveaux en tirets. Le tableau à côté donne tous les chiffres.
html-threshold = N{ $tier } ≥ { $value }
html-peers = Position parmi les pairs
html-peer-chart = Indice global de chaque pair
html-peer-desc = { $n ->
    [one] Le seul pays classé est un trait sur une échelle de 0 à 100 ; { $country } est le grand repère, avec son indice au-dessus. Le tableau ci-dessous donne tous les chiffres.
   *[other] Chacun des { $n } pays classés est un trait sur une échelle de 0 à 100 ; { $country } est le grand repère, avec son indice au-dessus. Le tableau ci-dessous donne tous les chiffres.
}
col-year = Année
col-overall-index = Indice global
col-tier = Niveau
col-country = Pays
html-projected-note = Les chiffres projetés sont ceux que donnerait le scénario ; ce ne sont pas des données.
html-scenario-changes = Ce que change le scénario
html-not-official = Les données n’indiquent aucune source : ces chiffres sont indicatifs, non officiels.
html-method = Méthode
html-method-note = Score d’un pilier = 100 × moyenne pondérée du taux de réalisation des indicateurs (score ÷ maximum), sur les indicateurs évalués. Indice global = moyenne des piliers notés, à poids égal. Les niveaux suivent les seuils du GCI 2024 de l’UIT : ≥ 95 niveau 1 Exemplaire, ≥ 85 niveau 2 En progression, ≥ 55 niveau 3 En consolidation, ≥ 20 niveau 4 En évolution, sinon niveau 5 En construction.
html-then = →
