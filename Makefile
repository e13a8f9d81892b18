# The two commands of README.md, and the helpers behind them.
#   make run   - set up everything, build the SPA if its sources changed, start PostgreSQL (embedded
#                unless DATABASE_URL is set), migrate, load demo data once, serve the app on
#                http://127.0.0.1:$(PORT)
#   make test  - lint, type-check and run every test: backend against a real PostgreSQL, frontend
#                unit tests, and end-to-end tests in Chromium against the built app

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := $(CURDIR)/.cache/tools
UV := $(TOOLS)/bin/uv
VENV := backend/.venv
PORT ?= 8000
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: run test lint typecheck pytest seed migrate reembed bench bench-library bench-sessions bench-mixed bench-psa bench-maintenance setup clean
.PHONY: frontend-setup frontend-build frontend-check e2e api-client

# The SPA (frontend/): npm ci whenever the lock file changes, vite build whenever a source changes.
FRONTEND := frontend
FRONTEND_INSTALLED := $(FRONTEND)/node_modules/.installed
FRONTEND_BUILT := $(FRONTEND)/dist/index.html
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f -not -name '*.test.*' 2>/dev/null) \
	$(FRONTEND)/index.html $(FRONTEND)/vite.config.ts $(FRONTEND)/tsconfig.json
# The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not used);
# CHROMIUM_PATH names another Chromium-based browser.
CHROMIUM_PATH ?= /usr/bin/chromium
export CHROMIUM_PATH
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

setup: $(VENV)/.synced

$(UV):
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Re-sync whenever the lock changes; --frozen installs exactly what uv.lock pins.
$(VENV)/.synced: backend/uv.lock backend/pyproject.toml | $(UV)
	cd backend && $(UV) sync --frozen --python "$$(command -v $(PYTHON))"
	@touch $@

run: setup frontend-build
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

test: lint typecheck pytest frontend-check e2e

frontend-setup: $(FRONTEND_INSTALLED)

$(FRONTEND_INSTALLED): $(FRONTEND)/package-lock.json $(FRONTEND)/package.json
	@command -v npm >/dev/null || { echo "Node.js 20.19+ with npm is required for the SPA (frontend/)"; exit 1; }
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	@touch $@

frontend-build: $(FRONTEND_BUILT)

# Prints the gzipped size of every route and fails over the bundle budget (scripts/bundle-report.mjs).
$(FRONTEND_BUILT): $(FRONTEND_INSTALLED) $(FRONTEND_SOURCES)
	cd $(FRONTEND) && npm run build

# ESLint, tsc --noEmit, Vitest (which also fails when src/api/schema.d.ts is stale).
frontend-check: $(FRONTEND_INSTALLED)
	cd $(FRONTEND) && npm run lint && npm run typecheck && npm test

$(CHROMIUM_PATH):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# Playwright (playwright-core) in Chromium against the built app on a throwaway embedded database.
e2e: setup $(FRONTEND_BUILT) | $(CHROMIUM_PATH)
	cd $(FRONTEND) && npm run e2e

# After changing the API: regenerate frontend/src/api/openapi.json and schema.d.ts (no server needed).
api-client: setup $(FRONTEND_INSTALLED)
	cd $(FRONTEND) && npm run api:generate

bench: setup
	cd backend && .venv/bin/python ../bench/auth_load.py

# Search and publish over a 100,000-version library; quick: make bench-library ARGS='--versions 20000 --seconds 5'
bench-library: setup
	cd backend && .venv/bin/python ../bench/library_load.py $(ARGS)

# 64 engineers appending to session logs; checks nothing is lost or duplicated. quick: make bench-sessions ARGS=--quick
bench-sessions: setup
	cd backend && .venv/bin/python ../bench/session_load.py $(ARGS)

# Mixed workload (70% reads, 25% appends, 5% search) at 64 and 256 clients next to bare /healthz, then a
# 10-minute soak printing the API processes' memory. quick: make bench-mixed ARGS='--clients 16 --seconds 5 --soak-minutes 0'
bench-mixed: setup
	cd backend && .venv/bin/python ../bench/mixed_load.py $(ARGS)

# 100 sessions pushed to a fake ConnectWise that takes 200 ms per call; exactly 100 notes, in < 5 s
bench-psa: setup
	cd backend && .venv/bin/python ../bench/psa_push.py $(ARGS)

# A maintenance run over 1,000 targets x 20 steps: creation, matrix page p95, bulk completion of 1,000 cells.
bench-maintenance: setup
	cd backend && .venv/bin/python ../bench/maintenance_bench.py $(ARGS)

# FlowPilot's offline provider on the demo data: next-step top-1 accuracy vs the majority baseline, retrieval recall@3.
bench-copilot: setup
	cd backend && .venv/bin/python ../bench/copilot_eval.py $(ARGS)

clean:
	rm -rf $(VENV) .cache $(FRONTEND)/node_modules $(FRONTEND)/dist
