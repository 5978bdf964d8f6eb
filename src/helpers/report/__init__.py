"""The report build: notebooks executed into `reports/`, then the tables, workbook, Word and HTML exports.

Layer 4 of 4, the top (report → analysis → dataset → text; charts beside). Modules here may import
every other sub-package; nothing outside `helpers.cli` imports them.

- `build`: `python -m helpers report`, the runner (staging folder, kernels, atomic publish).
- `cache`: the cache key of a notebook's executed copy.
- `parameters`: `-p name=value`, checked against the notebooks' parameters cells.
- `formats`: how a number is written in a table.
- `template`: the Word template (A4, zh-CN).
- `failures`: what a failed notebook said, cut to what a user needs.
- `parameters`: `-p name=value` checked against the notebooks, kept for the exports, stamped on them.
- `exports`: the post-build exports, cached on their inputs.
- `tables`: the tables behind the exports, as CSV.
- `formats`: the decimals a number in an exported table shows.
- `workbook`: the Excel workbook (XlsxWriter).
- `word`: the Word document, on the template `template` makes (`templates/report_template.docx`).
- `html`: the HTML front page and each notebook's full and reader's pages.
- `zipfiles`: the Word zip container with fixed times and order, so builds are byte-identical (XlsxWriter does its own).
"""
