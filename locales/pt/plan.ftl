# As palavras do plano de ação (report --plan), em português. Ver
# locales/en/plan.ftl.

plan-heading = Plano de ação
plan-goal = Objetivo
plan-goal-sentence = { $goal }: subida necessária de { $needed }.
col-step = Passo
col-from-to = Pontuação: de → para
col-index-after = Índice depois
plan-partial = * elevado só em parte até à meta: o suficiente para atingir o objetivo.

## O plano em markdown (report --format md --plan). As marcas markdown
## são acrescentadas pelo programa: { $index } ou { $needed } podem vir
## a negrito.
plan-title = { $country }: plano de ação para o índice de cibersegurança { $year }
plan-from-scenario = O plano abaixo parte destas pontuações projetadas.
plan-where-heading = Situação atual
plan-overall = Índice global { $index }, { $tier }.
plan-unscored = Ainda sem índice global: nenhum pilar tem um indicador avaliado e ponderado
plan-weakest = Pilares mais fracos: { $list }.
plan-goal-heading = O objetivo
plan-goal-needed = Objetivo: { $goal }; subida necessária do índice global: { $needed }.
plan-steps-heading = Os passos
plan-steps-intro = { $n ->
    [one] { $n } melhoria
   *[other] { $n } melhorias
}, { $points } pontos de pontuação de indicadores no total, por esta ordem:
col-plan-from = De
col-plan-to = Para
col-plan-points = Pontos
col-tier-after = Nível depois
plan-tier-cell = Nível { $tier }
plan-partial-md = Elevado só em parte até à meta: o suficiente para atingir o objetivo.
plan-result-heading = Resultado esperado
plan-method-line = Método: { $method }

## Os níveis nas frases do plano.
plan-tier-prose = nível { $tier } ({ $name })
plan-tier-dot = Nível { $tier } · { $name }
plan-no-tier = sem nível

## O objetivo.
plan-goal-tier = { $tier }, a partir de { $score }
plan-goal-score = { $score } / 100 ({ $tier })

## O resultado.
plan-top-tier = Já no nível mais alto, { $tier }: não há nível superior para planear. Indique --target-score N para planear uma pontuação mais alta.
plan-already-met = O objetivo já foi atingido: { $index } é igual ou superior a { $goal }. Nada a fazer.
plan-result = { $index } / 100, { $tier }
plan-reached = { $result } após { $n ->
    [one] { $n } passo
   *[other] { $n } passos
} e { $points } pontos de pontuação de indicadores.
plan-unreachable = O objetivo não pode ser atingido
plan-no-indicator = { $unreachable }: nenhum indicador pode elevar o índice.
plan-short = , a { $needed } do objetivo de { $goal }
plan-best = { $unreachable } dentro das metas dos indicadores: o melhor índice possível é { $index } / 100, { $tier }{ $short }.
plan-tail-none = Nenhum indicador o pode elevar mais.
plan-tail-steps = Os passos acima levam até lá.

## O método.
plan-method = Cada passo é a melhoria com a maior subida do índice global por ponto de pontuação de indicador (em caso de empate: a maior subida e, depois, o identificador do indicador), elevada até à sua meta e nunca além dela; o último passo termina quando o objetivo é atingido. Um indicador não avaliado conta como avaliado na sua meta: um passo inteiro cujos pontos são a sua meta.
