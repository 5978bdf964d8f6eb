# Thin wrappers over `python -m helpers …`, pytest and ruff; the virtual environment is made on first use.
#
# Installs come from the lock files, so a rerun months later gets the same versions:
#   requirements.lock      what `make report` and `make lab` need (no test runner, no browser automation)
#   requirements-dev.lock  that, plus the test, lint and benchmark tools (`make test`, `make lint`, `make benchmark`)
# `make lock` refreshes both from requirements.txt and requirements-dev.txt (the version ranges a person edits).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check --quiet
RUNTIME := $(VENV)/.installed-runtime
DEV     := $(VENV)/.installed-dev
# pip-compile's options: no index URLs or local paths in the lock (they are this machine's, not the project's)
COMPILE := $(PY) -m piptools compile --quiet --strip-extras --allow-unsafe --no-emit-index-url \
           --no-emit-find-links --no-emit-trusted-host --no-header

.PHONY: report test lint format lab audit add benchmark lock clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): requirements.lock pyproject.toml | $(PY)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -e .
	touch $(RUNTIME)

$(DEV): requirements-dev.lock $(RUNTIME)
	$(PIP) install -r requirements-dev.lock
	touch $(DEV)

report: $(RUNTIME)  ## execute every notebook into reports/ and export figures, workbook, Word and HTML
	$(PY) -m helpers report $(ARGS)

test: $(DEV)        ## the whole test suite
	$(PY) -m pytest $(ARGS)

lint: $(DEV)        ## ruff: lint and format check over the whole tree
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m ruff format --check src tests benchmarks

format: $(DEV)      ## ruff: apply the house format
	$(PY) -m ruff format src tests benchmarks
	$(PY) -m ruff check --fix src tests benchmarks

lab: $(RUNTIME)     ## JupyterLab on the notebooks
	$(PY) -m helpers lab $(ARGS)

audit: $(RUNTIME)   ## every quantity in the articles is curated or explained
	$(PY) -m helpers audit

add: $(RUNTIME)     ## register a raw page or article: make add FILE=path/to/page.txt [ARGS="--id my_article"]
	@test -n "$(FILE)" || { echo "usage: make add FILE=path/to/page.txt" >&2; exit 2; }
	$(PY) -m helpers add "$(FILE)" $(ARGS)

benchmark: $(DEV)
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/report.py

lock: | $(PY)       ## refresh the lock files from requirements.txt and requirements-dev.txt
	$(PIP) install pip-tools
	grep -v '^-e ' requirements.txt > $(VENV)/runtime.in
	$(COMPILE) --output-file requirements.lock $(VENV)/runtime.in
	grep -v -e '^-e ' -e '^-r requirements.txt' -e '^-c ' requirements-dev.txt > $(VENV)/dev.in
	$(COMPILE) --output-file requirements-dev.lock --constraint requirements.lock $(VENV)/runtime.in $(VENV)/dev.in
	sed -i.bak -e 's|$(VENV)/runtime.in|requirements.txt|g' -e 's|$(VENV)/dev.in|requirements-dev.txt|g' \
	    -e '/^-c /d' requirements.lock requirements-dev.lock && rm -f requirements.lock.bak requirements-dev.lock.bak
	@echo "requirements.lock and requirements-dev.lock refreshed; commit them"

clean:
	rm -rf reports .cache
