//! The brief's inline style sheet: system fonts only (nothing fetched), an
//! A4 page, and no section or chart split across pages.

pub const CSS: &str = r#"
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
@media print { body { padding: 0; max-width: none; } }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; border-bottom: 1px solid #888; padding-bottom: 0.5mm; }
p { margin: 1mm 0; }
section, figure, .keep { break-inside: avoid; page-break-inside: avoid; }
h2 { break-after: avoid; page-break-after: avoid; }
figure { margin: 1mm 0; }
.provenance { color: #333; font-size: 8.5pt; }
.headline { display: flex; flex-wrap: wrap; align-items: baseline; gap: 3mm 5mm; margin: 3mm 0 1mm; }
.figure { font-size: 26pt; font-weight: bold; }
.figure small { font-size: 11pt; font-weight: normal; }
.tier { display: inline-block; border: 2px solid #111; border-radius: 3px; padding: 0.5mm 2.5mm; font-weight: bold; font-size: 11pt; }
.tier-1 { background: #d9ead3; } .tier-2 { background: #e3eefa; } .tier-3 { background: #fff2cc; }
.tier-4 { background: #fce5cd; } .tier-5 { background: #f4cccc; border-style: dashed; }
.change { font-size: 11pt; }
td .tier { font-size: 8pt; border-width: 1px; padding: 0 1mm; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0; font-size: 8.5pt; }
th, td { border-bottom: 1px solid #ccc; padding: 0.6mm 1.5mm; text-align: start; vertical-align: top; }
th { border-bottom: 1.5px solid #444; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
/* Figures read left to right in every language ("+3.55", "2.00 / 3.00 → 3.00 / 3.00"); right to left, their column is aligned to the left, the end of an Arabic line. */
td.n { direction: ltr; unicode-bidi: isolate; }
[dir=rtl] td.n, [dir=rtl] th.n { text-align: left; }
:lang(ar) body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
.note { font-size: 8pt; color: #333; }
.side { display: flex; gap: 4mm; align-items: flex-start; }
.side table { width: auto; }
table.trend td { white-space: nowrap; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; font-size: 10px; }
svg .now { fill: #1f4e79; }
svg .then { stroke: #444; stroke-width: 1; }
svg .grid { stroke: #bbb; stroke-width: 1; }
svg .threshold { stroke: #777; stroke-width: 1; stroke-dasharray: 4 3; }
svg .axis { fill: #444; font-size: 9px; }
svg .value { fill: #111; font-size: 9.5px; font-weight: bold; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .line { fill: none; stroke: #1f4e79; stroke-width: 2.5; }
svg .point { fill: #fff; stroke: #1f4e79; stroke-width: 2; }
svg .peer { stroke: #777; stroke-width: 1.5; }
svg .marker { fill: #111; }
svg .marker-line { stroke: #111; stroke-width: 3; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.projected { font-style: italic; }
/* The plan table (plan.rs): fixed column widths, so the indicator's
   name gets the room and the table never passes the page's edge in any
   language; figures and the short tier badge never wrap, headings may, and
   only a word too long for its column (hostile data) is broken. */
table.plan { table-layout: fixed; }
table.plan th { white-space: normal; vertical-align: bottom; }
table.plan td { overflow-wrap: anywhere; }
table.plan th:nth-child(1) { width: 7.5%; }
table.plan th:nth-child(3) { width: 15.5%; }
table.plan th:nth-child(4) { width: 13%; }
table.plan th:nth-child(5), table.plan th:nth-child(6) { width: 8.5%; }
table.plan th:nth-child(7) { width: 11%; }
table.plan td.n, table.plan td .tier { white-space: nowrap; overflow-wrap: normal; }
footer { margin-top: 4mm; border-top: 1px solid #888; padding-top: 1.5mm; font-size: 8pt; color: #333; }
"#;
