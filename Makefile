# Thin wrappers over `python -m helpers …` and pytest; the virtual environment is made on first use.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: report test lab audit benchmark clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

report: $(STAMP)  ## execute every notebook into reports/ and export figures, workbook and HTML
	$(PY) -m helpers report $(ARGS)

test: $(STAMP)    ## the whole test suite
	$(PY) -m pytest $(ARGS)

lab: $(STAMP)     ## JupyterLab on the notebooks
	$(PY) -m helpers lab $(ARGS)

audit: $(STAMP)   ## every quantity in the articles is curated or explained
	$(PY) -m helpers audit

benchmark: $(STAMP)
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/report.py

clean:
	rm -rf reports .cache
