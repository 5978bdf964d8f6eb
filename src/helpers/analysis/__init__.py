"""Analyses: interval arithmetic, derived figures, the article's own arithmetic, the tables behind charts.

Layer 3 of 4 (report → analysis → dataset → text). Modules here may import `helpers.dataset`,
`helpers.text` and the plumbing; never charts or report.

- `intervals`: arithmetic on [low, high] ranges.
- `derived`: figures computed from the reported ones (`derive_figures`).
- `claims`: does the article's arithmetic hold (`audit_claims`).
- `topics`: the table behind each topic's chart.
- `sources`: a figure's source sentence with its quote highlighted.
- `wording`: a figure said as a reader writes it, in zh and en.
- `conclusions`: each topic's intro and conclusions, computed.
- `overview`: the per-article overview's tables.
- `wording`: a figure or derived figure as a reader writes it, in Chinese and English (`say`).
- `conclusions`: each topic's intro and conclusions in both languages, built from the computed figures.
"""
