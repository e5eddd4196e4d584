# As palavras próprias do relatório HTML (report --format html), em
# português. Ver locales/en/html.ftl.

html-overall = Índice global
html-out-of = / 100
html-tier-badge = Nível { $tier } · { $name }
html-no-tier = Sem nível: nenhum pilar tem pontuação
html-since = { $delta } pontos desde { $year } ({ $then })
html-no-compare = Não há ano anterior para comparar.
html-pillar-chart = Pontuações dos pilares
html-pillar-desc-pair = Barras horizontais, um par por pilar, numa escala de 0 a 100: { $year } a cheio, { $compare } tracejado. A tabela abaixo dá todos os valores.
html-pillar-desc-one = Barras horizontais, uma por pilar, numa escala de 0 a 100, para { $year }. A tabela abaixo dá todos os valores.
html-over-time = O índice global ao longo dos anos
html-trend-desc = Uma linha do índice global de { $first } a { $last } numa escala de 0 a 100, com os limiares dos níveis a tracejado. A tabela ao lado dá todos os valores.
html-threshold = N{ $tier } ≥ { $value }
html-peers = Posição entre os pares
html-peer-chart = Índice global de cada par
html-peer-desc = { $n ->
    [one] O único país classificado é um traço numa escala de 0 a 100; { $country } é o marcador alto, com o seu índice por cima. A tabela abaixo dá todos os valores.
   *[other] Cada um dos { $n } países classificados é um traço numa escala de 0 a 100; { $country } é o marcador alto, com o seu índice por cima. A tabela abaixo dá todos os valores.
}
col-year = Ano
col-overall-index = Índice global
col-tier = Nível
col-country = País
html-projected-note = Os valores projetados são os que o cenário daria; não são dados.
html-scenario-changes = O que o cenário altera
html-not-official = Os dados não indicam fonte: trate estes valores como ilustrativos, não oficiais.
html-method = Método
html-method-note = Pontuação do pilar = 100 × média ponderada do cumprimento dos indicadores (pontuação ÷ máximo), sobre os indicadores avaliados. Índice global = média dos pilares pontuados, com peso igual. Os níveis seguem as faixas do GCI 2024 da UIT: ≥ 95 nível 1 Exemplar, ≥ 85 nível 2 Em progresso, ≥ 55 nível 3 Em consolidação, ≥ 20 nível 4 Em evolução, caso contrário nível 5 Em construção.
html-then = →
