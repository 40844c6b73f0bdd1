# Foresight: `make demo` and `make test` on a fresh machine with Python 3.11+ and Node 20.
# See README.md. Targets: setup, demo, lint, test, stress, bench, docs, format, clean.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Stamps: reinstall only when the dependency files change, not on every `make test`.
PY_STAMP := $(VENV)/.foresight-installed
NODE_STAMP := node_modules/.package-lock.json
PG_TESTS := tests/store tests/web

.PHONY: setup demo lint test stress bench docs format clean

setup: $(PY_STAMP) $(NODE_STAMP)
	$(PY) -m django migrate --settings=foresight.web.settings --no-input

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Foresight needs Python 3.11 or later ($(PYTHON) is older)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(PY_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# npm ci writes node_modules/.package-lock.json, which doubles as the stamp.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

demo: setup
	$(BIN)/foresight demo --bundles demo-bundles

lint: $(PY_STAMP)
	$(BIN)/ruff check src tests tests_spark benchmarks scripts
	$(BIN)/ruff format --check src tests tests_spark benchmarks scripts
	$(BIN)/mypy src
	$(BIN)/lint-imports

# The whole suite on SQLite (DATABASE_URL unset), then the database-facing tests again on
# PostgreSQL when DATABASE_URL is set.
test: lint $(NODE_STAMP)
	env -u DATABASE_URL FORESIGHT_POSTGRES_NEXT=$${DATABASE_URL:+1} $(PY) -m pytest
	@if [ -n "$${DATABASE_URL:-}" ]; then \
		echo "Store and web tests on $${DATABASE_URL%%://*} (DATABASE_URL)"; \
		$(PY) -m pytest $(wildcard $(PG_TESTS)); \
	fi

# The long replay run, for a nightly job: every finding of EXAMPLES generated families must
# replay to its first date. A random seed each run, printed so a failure can be run again with
# `make stress SEED=<seed>`; about 2 minutes for 1,000 families on one core.
EXAMPLES ?= 1000
SEED ?= $(shell date +%s)

stress: $(PY_STAMP)
	@echo "Replay stress run: $(EXAMPLES) generated families, seed $(SEED)"
	env -u CI FORESIGHT_REPLAY_EXAMPLES=$(EXAMPLES) $(PY) -m pytest -q -p no:cacheprovider \
		tests/checks/test_replay.py -k generated_family --hypothesis-seed=$(SEED)

# Each benchmark writes its medians and targets to benchmarks/results/ and exits 1 when a
# target is missed; `make bench` runs them all and names the ones that missed, so one missed
# target does not hide the others' numbers.
BENCHES := benchmarks/run.py benchmarks/bench_text.py benchmarks/bench_linkage.py

bench: $(PY_STAMP)
	@missed=""; for b in $(BENCHES); do $(PY) $$b || missed="$$missed $$b"; done; \
	if [ -n "$$missed" ]; then echo "Targets missed (see benchmarks/results/):$$missed"; \
	else echo "Every benchmark target met (see benchmarks/results/)"; fi

# docs/checks.md and docs/settings.md are generated from the check registry and defaults.toml;
# tests/test_docs.py fails when they are stale.
docs: $(PY_STAMP)
	$(PY) -m foresight.checks.catalogue docs

format: $(PY_STAMP)
	$(BIN)/ruff format src tests tests_spark benchmarks scripts
	$(BIN)/ruff check --fix src tests tests_spark benchmarks scripts

clean:
	rm -rf $(PY_STAMP) .mypy_cache .ruff_cache .pytest_cache .hypothesis dist build
