"""Reading text: Chinese and Arabic numerals, quantities with their ranges, dates, page layout, corpora.

Layer 1 of 4 (report → analysis → dataset → text). Modules here import only each other and the
plumbing at the top of the package (`helpers.errors`, `helpers.paths`, `helpers.atomic`); never the
dataset, analysis, charts or report sub-packages.

- `numerals`: digits and Chinese numerals to numbers.
- `units`: the counters and units a quantity may carry, and what each says of its number.
- `quantity`: one quantity (`近150天`) to its value, range and unit.
- `halves`: 半 after and before a unit (两年半, 一个半小时, 半年).
- `ratios`: 折 (a discount, in % of the full price) and 翻N番 (2ᴺ 倍).
- `compound`: an amount in several units of one measure, read as one (123元1角1分, 两年零三个月).
- `change`: the direction of change a quantity is written with (增长3.8% is +, 下降3.8% is −).
- `traditional`: the qualifiers and verbs of change in traditional characters (約, 增長).
- `extract`: every quantity in a text, as a table.
- `words`: where numerals count nothing (idioms, names, words made of numerals, numbers cut from longer ones).
- `sentences`: where a sentence begins and ends (the one rule every module uses).
- `dates`: dates in a text and the year they are in.
- `layout`: a raw page split into articles, column breaks repaired.
- `bylines`: bylines, datelines and photo credits in their usual forms.
- `encoding`: a text file's bytes to text (UTF-8 or GB18030), with located errors.
- `chunks`: a long text cut into chunks with context.
- `prose`: figures typed into Markdown (the notebooks' prose must compute them).
- `corpus`: `python -m helpers extract`, every quantity in folders of files.
"""
