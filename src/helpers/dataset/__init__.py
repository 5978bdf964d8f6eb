"""The dataset: the curated CSVs under `data/`, read, validated and traced to their sentences.

Layer 2 of 4 (report → analysis → dataset → text). Modules here may import `helpers.text` and the
plumbing at the top of the package; never analysis, charts or report.

- `tables`: one reader for every curated CSV, with errors that name file, row and column.
- `provenance`: a quote checked against the sentence and offsets it claims.
- `articles`: `data/articles.csv` and the raw page, as clean articles.
- `figures`: `data/figures.csv`, every reported figure with its source.
- `events`: `data/events.csv`, the dated steps.
- `reference`: `data/reference.csv`, outside figures (population, ration).
- `dictionary`: `data/dictionary.csv`, the Chinese and English heading of each column.
- `dictionary`: `data/dictionary.csv`, the headings of the exported columns.
- `coverage`: `python -m helpers audit`, every quantity in the articles curated or explained.
- `register`: `python -m helpers add`, a raw page registered and its articles found.
- `propose`: `python -m helpers propose`, candidate figure rows for an article (suggestions: `suggest`).
- `accept`: `python -m helpers accept`, reviewed rows checked and merged into `data/figures.csv`.
"""
