# Two commands on a fresh clone: `make demo` and `make test`. Both create .venv when missing.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check -q

.PHONY: demo test eval bench fuzz clean install

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "[S000] python3.11 not found: install Python 3.11 or run make PY=/path/to/python3.11"; exit 1; }
	$(PY) -m venv $(VENV)

# Re-install only when the dependency lists change.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --upgrade pip
	$(PIP) install -c constraints.txt -e '.[dev]'
	$(BIN)/sitrep gazetteer build
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sitrep demo

test: $(STAMP)
	bash tools/setup_test_env.sh
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/sitrep eval ../shared/eval/dev/*.jsonl --report reports/eval --quality docs/quality.md
	$(BIN)/python tools/score_resolve.py --markdown docs/quality.md

bench: $(STAMP)
	$(BIN)/sitrep bench --articles 400 --doc docs/benchmarks.md

# Property tests on thousands of generated inputs each; ends with the number of inputs tried.
fuzz: $(STAMP)
	SITREP_FUZZ=long $(BIN)/python -m pytest -q -p no:cacheprovider -m fuzz tests/fuzz

clean:
	rm -rf $(VENV) demo-output reports sitrep.db
