# Les mots du plan d’action (report --plan), en français. Voir
# locales/en/plan.ftl.

plan-heading = Plan d’action
plan-goal = Objectif
col-step = Étape
col-from-to = Score : de → à
col-index-after = Indice après
plan-partial = * relevé en partie vers sa cible : l’objectif est atteint avant.
