# Two commands on a fresh machine (Python 3.11 + make): `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.runtime-installed
TEST_STAMP := $(VENV)/.test-installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-pg lint format install browser gettext messages postgres bench bench-pg mutation clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(TEST_STAMP): requirements.txt requirements-test.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $(RUNTIME_STAMP) $@

install: $(RUNTIME_STAMP)

## run: install, migrate, load the demo catalog when empty, serve on http://127.0.0.1:8000
## with the periodic-task scheduler (commerce/schedule.py) beside it; Ctrl-C stops both
run: $(RUNTIME_STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py ensure_demo_admin
	$(PY) manage.py ensure_demo_staff
	@echo "Store: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)} \
	$(PY) manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null; wait $$scheduler' EXIT INT TERM; \
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)} \
	$(PY) manage.py runserver $(HOST):$(PORT)

browser:
	./scripts/ensure_chromium.sh

gettext:
	./scripts/ensure_gettext.sh

## messages: bring locale/uk/LC_MESSAGES/django.po up to date with the code, then compile it
## (translate the new entries in between: the tests fail on any untranslated one)
messages: $(TEST_STAMP) gettext
	$(PY) scripts/messages.py extract
	$(PY) scripts/messages.py compile

## test: install test dependencies (and Debian's Chromium) and run the whole suite
test: $(TEST_STAMP) browser gettext
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

## test-pg: the whole suite against a local PostgreSQL (installed with apt when missing),
## including the concurrency tests that SQLite would hide
test-pg: $(TEST_STAMP) browser gettext
	@# A cluster that fails to start must fail the target, not fall back to SQLite.
	url="$$(./scripts/start_postgres.sh)" && DATABASE_URL="$$url" $(PY) -m pytest -n 2 $(PYTEST_ARGS)

postgres:
	@./scripts/start_postgres.sh

## bench: pricing and listing benchmarks (ratios against a baseline measured in the same run)
bench: $(TEST_STAMP)
	$(PY) bench/pricing.py
	$(PY) bench/listings.py

## bench-pg: the listing benchmark on PostgreSQL (production's search and planner)
bench-pg: $(TEST_STAMP)
	BENCH_POSTGRES=1 $(PY) bench/listings.py

## mutation: mutmut over the store's core — pricing, stock, cart services, the status machine
## ([tool.mutmut] in pyproject.toml). Slow (tens of minutes on two cores), so not in CI.
## Every pytest session starts from a copy of one migrated database (see conftest.py).
mutation: $(TEST_STAMP)
	rm -rf mutants var/mutation-template.sqlite3
	mkdir -p var
	SHOP_TEST_DB_TEMPLATE=$(CURDIR)/var/mutation-template.sqlite3 $(VENV)/bin/mutmut run
	$(VENV)/bin/mutmut results --all true | $(PY) scripts/mutation_scores.py

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(TEST_STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* var media staticfiles test-artifacts mutants
