# As palavras do plano de ação (report --plan), em português. Ver
# locales/en/plan.ftl.

plan-heading = Plano de ação
plan-goal = Objetivo
col-step = Passo
col-from-to = Pontuação: de → para
col-index-after = Índice depois
plan-partial = * elevado só em parte até à meta: o objetivo é atingido antes.
