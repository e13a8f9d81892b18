# The two commands of README.md, and the helpers behind them.
#   make run   - set up everything, start PostgreSQL (embedded unless DATABASE_URL is set),
#                migrate, load demo data once, serve the API on http://127.0.0.1:$(PORT)
#   make test  - lint, type-check and run every test against a real PostgreSQL

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := $(CURDIR)/.cache/tools
UV := $(TOOLS)/bin/uv
VENV := backend/.venv
PORT ?= 8000
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: run test lint typecheck pytest seed migrate reembed bench bench-library bench-sessions setup clean

setup: $(VENV)/.synced

$(UV):
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Re-sync whenever the lock changes; --frozen installs exactly what uv.lock pins.
$(VENV)/.synced: backend/uv.lock backend/pyproject.toml | $(UV)
	cd backend && $(UV) sync --frozen --python "$$(command -v $(PYTHON))"
	@touch $@

run: setup
	cd backend && PORT=$(PORT) .venv/bin/python -m app.cli run

seed: setup
	cd backend && .venv/bin/python -m app.cli seed

migrate: setup
	cd backend && .venv/bin/python -m app.cli migrate

# Embed search documents lacking a vector of the configured model (the API's worker does this in the
# background too); re-embed everything: make reembed ARGS=--all
reembed: setup
	cd backend && .venv/bin/python -m app.cli reembed $(ARGS)

lint: setup
	cd backend && .venv/bin/ruff check . && .venv/bin/ruff format --check .

typecheck: setup
	cd backend && .venv/bin/mypy app

pytest: setup
	cd backend && .venv/bin/pytest

test: lint typecheck pytest

bench: setup
	cd backend && .venv/bin/python ../bench/auth_load.py

# Search and publish over a 100,000-version library; quick: make bench-library ARGS='--versions 20000 --seconds 5'
bench-library: setup
	cd backend && .venv/bin/python ../bench/library_load.py $(ARGS)

# 64 engineers appending to session logs; checks nothing is lost or duplicated. quick: make bench-sessions ARGS=--quick
bench-sessions: setup
	cd backend && .venv/bin/python ../bench/session_load.py $(ARGS)

clean:
	rm -rf $(VENV) .cache
