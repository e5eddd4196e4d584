# O relatório (report --format md), em português. Ver locales/en/brief.ftl.

## Escrita dos números: separador decimal («92,58»).
number-decimal-separator = ,

## Cabeçalho
brief-title = { $country }: índice de cibersegurança { $year }
provenance = Fonte: { $source }. Dados: { $files }. Elaborado em { $date }.
source-not-stated = não indicada no ficheiro
source-rows-without = { $n ->
    [one] { $n } linha não indica fonte
   *[other] { $n } linhas não indicam fonte
}
files-sheet = { $files }, folha «{ $sheet }»
list-and-more = { $list } e mais { $n }

## Resultado principal
headline-overall = Índice global: { $index } / 100
headline-overall-tier = Índice global: { $index } / 100, nível { $tier } ({ $name })
headline-since = , { $delta } pontos desde { $year } ({ $then }).
headline-end = .
ranked = Posição: { $standing }.
coverage = O índice é a média de { $scored } dos { $total } pilares; não avaliados: { $missing }.
list-separator = {", "}

## Posição entre pares
ordinal = { $n }.º
standing = { $ordinal } de { $group }
standing-tied = , empatado com { $n }
standing-ahead = { $n ->
    [one] ; { $n } país com pontuação superior
   *[other] ; { $n } países com pontuação superior
}
group-region = os { $n } países da região { $name }
group-region-added = os { $n } países da região { $name } e { $added }
group-peers = { $n } países pares ({ $list })
group-all = os { $n } países do ficheiro
group-scored = { $of } com pontuação em { $year }, entre { $group }

## Pilares
pillars-heading = Pilares
col-pillar = Pilar
col-change = Variação
col-assessed = Avaliados
col-potential-gain = Ganho potencial
col-rank = Posição
potential-gain-note = Ganho potencial: quanto subiria o índice global se todos os indicadores do pilar atingissem a sua meta.
weakest-heading = Pilares mais fracos

## Prioridades
fix-first-heading = Prioridades de ação
fix-first-intro = Ordenados por ganho no índice: quanto subiria o índice global se o indicador atingisse a sua meta.
col-indicator = Indicador
col-score = Pontuação
col-target = Meta
col-index-gain = Ganho no índice
no-gaps-at-target = Todos os indicadores atingem ou superam a sua meta.
no-gaps-unlisted = { $n ->
    [one] { $n } indicador elevaria o índice; nenhum listado (--top 0).
   *[other] { $n } indicadores elevariam o índice; nenhum listado (--top 0).
}

## Alterações desde o ano de comparação
changes-heading = Alterações desde { $year }
changes-counts = Subiram: { $improved }; desceram: { $declined }; sem alteração: { $unchanged }; novos: { $new }; retirados: { $dropped }; não avaliados: { $notassessed }.
changes-declined = Desceram:
changes-improved = Subiram, da maior subida para a menor:
changes-and-more = e mais { $n }
change-score-points = { $delta } pontos de pontuação
change-attainment-points = { $delta } pontos percentuais de cumprimento

## Cenário (--scenario)
scenario-heading = Cenário: { $file } (projeção, não dados reais)
scenario-changes = { $n ->
    [one] { $n } alteração
   *[other] { $n } alterações
}
scenario-summary = Com este cenário ({ $changes }), o índice global seria { $projected } ({ $projectedtier }) em vez de { $actual } ({ $actualtier }): { $delta }.
scenario-tier = nível { $tier }
scenario-elsewhere = { $n ->
    [one] Mais { $n } alteração noutros países ou anos não está refletida aqui.
   *[other] Mais { $n } alterações noutros países ou anos não estão refletidas aqui.
}
col-actual = Real
col-projected = Projetado
col-changed-indicator = Indicador alterado
col-proposed = Proposto

## Método
method-note = Pontuação do pilar = 100 × média ponderada do cumprimento dos indicadores (pontuação ÷ máximo). Índice global = média dos pilares pontuados. Os níveis seguem as faixas do GCI 2024 da UIT.

## Níveis do GCI 2024 da UIT
tier-1 = Exemplar
tier-2 = Em progresso
tier-3 = Em consolidação
tier-4 = Em evolução
tier-5 = Em construção
