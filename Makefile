# Two entry points for a fresh machine: `make run` (sample build) and `make test` (all tests).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
WELFARE := $(VENV)/bin/welfare
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system-deps run build report app test test-fast test-fuzz sample-data bench bench-dashboard clean

$(STAMP): pyproject.toml requirements.lock
	[ -x $(PY) ] || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Headless Chromium (browser tests, PDF cards) and a CJK font (no tofu in charts and slides).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	    || ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
	  echo "installing chromium, fonts-noto-cjk, libreoffice-impress and poppler-utils from Debian"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fontconfig \
	    libreoffice-impress poppler-utils >/dev/null; \
	fi

run: setup system-deps build

build: setup
	$(WELFARE) build

report: setup
	$(WELFARE) report --format pptx --out data/processed/reports

app: setup
	$(WELFARE) app

sample-data: setup
	$(WELFARE) sample-data

test: setup system-deps
	$(PY) -m pytest

# without the browser tests and the longer integration tests
test-fast: setup
	$(PY) -m pytest -m "not e2e and not slow"

# Slow tier: 1,000 malformed-input builds, a timeout per case (FUZZ_CASES=N for another number).
FUZZ_CASES ?= 1000
test-fuzz: setup
	FUZZ_CASES=$(FUZZ_CASES) $(PY) -m pytest -m slow -s tests/hardening/test_fuzz_harness.py -k slow

bench: setup
	$(PY) -m indicators.bench

# The dashboard in headless Chromium on the sample and the national warehouse (BENCHMARKS.md).
bench-dashboard: setup system-deps
	$(PY) -m indicators.bench.dashboard

clean:
	rm -rf data/processed/*.duckdb data/processed/*.parquet test-artifacts
