# PowerMap: two commands do all the set-up on a fresh Debian machine with Swift.
#   make demo   install Graphviz if missing, build, analyse the shipped models and write reports/
#   make test   install Graphviz, Chromium, chromium-driver and poppler-utils if missing, then run the
#               whole test suite and the browser tests of `powermap serve`
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= debug
BIN = .build/$(CONFIG)/powermap
# Release builds are compiled for the processor of the machine that builds them (its vector units:
# AVX-512 on the test machines): rule 2's solves, the bulk of Monte Carlo, the sweep and the report,
# take about 30 % less CPU, with the same bits (no fused multiply-add: Swift asks for none). For a
# binary to copy to other machines of the architecture: `make release TARGET_CPU=x86-64`.
TARGET_CPU ?= native
CPU_FLAGS = $(if $(filter release,$(CONFIG)),$(if $(TARGET_CPU),-Xswiftc -target-cpu -Xswiftc $(TARGET_CPU)))

.PHONY: all deps browser browser-test build release demo reports test lint format docs bench fuzz clean

all: build

# Graphviz's development files (libgvc, found through pkg-config) are the one system dependency.
deps:
	@if pkg-config --exists libgvc 2>/dev/null; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "Graphviz (libgvc) not found: installing libgraphviz-dev with apt-get" >&2; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgraphviz-dev graphviz pkg-config fonts-dejavu-core >/dev/null; \
	else \
	  echo "Graphviz (libgvc) not found. Install it first:" >&2; \
	  echo "  macOS:  brew install graphviz pkg-config" >&2; \
	  echo "  Fedora: sudo dnf install graphviz-devel" >&2; \
	  exit 1; \
	fi

# The test suite renders a report in headless Chromium (Debian's `chromium`) to check it in a real
# browser, prints it to PDF and reads the pages back with pdftotext (poppler-utils). Elsewhere, set
# POWERMAP_CHROMIUM to a Chrome or Chromium binary (and POWERMAP_PDFTOTEXT to pdftotext).
browser:
	@missing=; \
	if [ -z "$$POWERMAP_CHROMIUM" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
	  && ! command -v google-chrome >/dev/null 2>&1; then missing="chromium"; fi; \
	if [ -z "$$POWERMAP_PDFTOTEXT" ] && ! command -v pdftotext >/dev/null 2>&1; then missing="$$missing poppler-utils"; fi; \
	if [ -z "$$missing" ]; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "not found:$$missing; installing with apt-get (for the report's browser and print tests)" >&2; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "not found:$$missing: the browser and print tests of the reports will be skipped or fail" >&2; \
	  echo "(set POWERMAP_CHROMIUM and POWERMAP_PDFTOTEXT)" >&2; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product powermap $(CPU_FLAGS)

release:
	$(MAKE) build CONFIG=release

demo: build
	$(BIN) validate models/*.yaml models/scenarios/*.yaml
	@for m in models/*.yaml; do echo; $(BIN) summary "$$m"; done
	@echo; $(BIN) analyze models/veracruz-2019-2020.yaml --top 10
	@echo; $(BIN) diff models/veracruz-2016-2017.yaml models/veracruz-2019-2020.yaml --scenario pan-to-morena
	@echo; $(BIN) simulate models/veracruz-2019-2020.yaml --scenario lose-orfis --samples 2000 --seed 7
	@echo; $(BIN) sweep models/veracruz-2019-2020.yaml --top 5
	@echo; $(MAKE) --no-print-directory reports

# The committed reports and maps in reports/ (no date printed, so a rerun gives the same files).
reports: build
	$(BIN) report models/veracruz-2019-2020.yaml --scenario pan-to-morena --scenario lose-orfis \
	  --scenario ivai-board-change --samples 10000 --seed 1 --date none --out reports/veracruz-2019-2020
	$(BIN) report models/veracruz-2016-2017.yaml --scenario pan-to-morena --samples 10000 --seed 1 \
	  --date none --out reports/veracruz-2016-2017
	$(BIN) diff models/veracruz-2016-2017.yaml models/veracruz-2019-2020.yaml --scenario pan-to-morena \
	  > reports/.diff.tmp && mv reports/.diff.tmp reports/diff-2016-2017-vs-2019-2020-pan-to-morena.txt
	@for m in veracruz-2016-2017 veracruz-2019-2020; do \
	  for map in power grid commitments; do \
	    for f in svg png; do \
	      $(BIN) render models/$$m.yaml --map $$map --lang es --page a3 --date none -o reports/$$m-$$map.$$f || exit 1; \
	    done; \
	  done; \
	  for f in svg png; do \
	    $(BIN) render models/$$m.yaml --map scenario --scenario pan-to-morena --lang es --page a3 --date none \
	      -o reports/$$m-scenario-pan-to-morena.$$f || exit 1; \
	  done; \
	done

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Benchmarks/Sources Examples

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Benchmarks/Sources Examples

test: deps browser
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory browser-test

# End-to-end tests of `powermap serve` in headless Chromium (Tests/Browser/README.md): Selenium from
# PyPI in a virtual environment under .build, Debian's chromium-driver. They use the $(BIN) that
# `make test` has just built and build nothing themselves; skipped only where no browser can be
# installed, never in CI (CI set). Set POWERMAP_CHROMEDRIVER to use another chromedriver.
BROWSER_VENV = .build/browser-venv
browser-test: browser
	@if [ -z "$$POWERMAP_CHROMEDRIVER" ] && ! command -v chromedriver >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  echo "chromedriver not found; installing chromium-driver with apt-get (for the browser tests of powermap serve)" >&2; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium-driver >/dev/null; \
	fi
	@if ! $(BROWSER_VENV)/bin/python -c "import selenium" >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then \
	  echo "installing selenium from PyPI into $(BROWSER_VENV)" >&2; \
	  if ! python3 -m venv $(BROWSER_VENV) >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null && \
	    python3 -m venv $(BROWSER_VENV); \
	  fi; \
	  $(BROWSER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check selenium || true; \
	fi
	@py=$(BROWSER_VENV)/bin/python; [ -x $$py ] || py=python3; \
	if ! command -v $$py >/dev/null 2>&1; then \
	  if [ -n "$$CI" ]; then echo "browser tests: no python3 in CI" >&2; exit 1; fi; \
	  echo "browser tests of powermap serve skipped: no python3" >&2; exit 0; \
	fi; \
	PYTHONDONTWRITEBYTECODE=1 POWERMAP_BIN=$(BIN) $$py -m unittest discover -s Tests/Browser -v

# The library's documentation: the DocC catalog Sources/PowerMap/PowerMap.docc and the doc comments
# of PowerMap's public symbols, built offline with the toolchain's docc (no plugin, no network) into
# $(DOCS_OUT)/PowerMap.doccarchive. Any warning, such as a broken <doc:> or ``symbol`` link, fails it.
DOCC ?= $(shell command -v docc 2>/dev/null || xcrun --find docc 2>/dev/null)
DOCS_OUT ?= .build/docs
docs: deps
	@test -n "$(DOCC)" || { echo "docc not found: it ships with the Swift toolchain (set DOCC=path)" >&2; exit 1; }
	$(SWIFT) package dump-symbol-graph --skip-synthesized-members >/dev/null
	rm -rf $(DOCS_OUT) && mkdir -p $(DOCS_OUT)/symbol-graphs
	graphs="$$(dirname "$$($(SWIFT) build --show-bin-path)")/symbolgraph" && \
	  cp "$$graphs/PowerMap.symbols.json" $(DOCS_OUT)/symbol-graphs/ && \
	  for g in "$$graphs"/PowerMap@*.symbols.json; do if [ -e "$$g" ]; then cp "$$g" $(DOCS_OUT)/symbol-graphs/; fi; done
	$(DOCC) convert Sources/PowerMap/PowerMap.docc --additional-symbol-graph-dir $(DOCS_OUT)/symbol-graphs \
	  --fallback-display-name PowerMap --fallback-bundle-identifier org.powermap.PowerMap \
	  --warnings-as-errors --output-path $(DOCS_OUT)/PowerMap.doccarchive

# Benchmarks (a target declared only with POWERMAP_BENCHMARKS=1, built in Benchmarks/.build; never
# part of `make test`). Figures: Benchmarks/README.md.
bench: deps
	POWERMAP_BENCHMARKS=1 $(SWIFT) build -c release --product powermap-bench --scratch-path Benchmarks/.build \
	  $(if $(TARGET_CPU),-Xswiftc -target-cpu -Xswiftc $(TARGET_CPU))
	cd Benchmarks && B=.build/release/powermap-bench && \
	  $$B load --format json --runs 3 && \
	  $$B analyze --actors 10000 --relations 50000 --runs 3 && \
	  $$B analyze --actors 100000 --relations 500000 --runs 1 && \
	  $$B montecarlo --model ../models/veracruz-2019-2020.yaml --scenario pan-to-morena --samples 10000 --jobs 1 && \
	  $$B montecarlo --model ../models/veracruz-2019-2020.yaml --scenario pan-to-morena --samples 10000 --jobs 2 && \
	  $$B montecarlo --actors 1000 --samples 10000 --jobs 2 && \
	  $$B sweep --actors 1000 --jobs 2 && \
	  $$B advise --actors 1000 --runs 3 && \
	  $$B render --runs 3

# libFuzzer runs of the input readers and the DOT builders (targets declared only with POWERMAP_FUZZ=1,
# built instrumented in Fuzz/.build; Fuzz/README.md).
# Each target runs FUZZ_SECONDS seconds; new inputs go to Fuzz/work/TARGET, crashes to
# Fuzz/work/TARGET-crash-*. FUZZ_TARGETS picks some of the five targets.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= fuzz-model fuzz-scenario fuzz-csv fuzz-mactor fuzz-dot
fuzz: deps
	@for t in $(FUZZ_TARGETS); do \
	  POWERMAP_FUZZ=1 $(SWIFT) build -c release --product $$t --scratch-path Fuzz/.build \
	    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address || exit 1; \
	done
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p Fuzz/work/$$t Fuzz/corpus/$$t || exit 1; \
	  seeds=""; case $$t in fuzz-model|fuzz-dot) seeds="yaml json";; fuzz-scenario) seeds=scenario;; \
	    fuzz-csv) seeds=csv;; fuzz-mactor) seeds=mactor;; esac; \
	  dirs="Fuzz/work/$$t Fuzz/corpus/$$t Tests/FuzzTests/Corpus/crashes"; \
	  for s in $$seeds; do dirs="$$dirs Tests/FuzzTests/Corpus/$$s"; done; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no Fuzz/.build/release/$$t $$dirs -max_len=81920 \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=60 -rss_limit_mb=3000 -print_final_stats=1 \
	    -artifact_prefix=Fuzz/work/$$t- || exit 1; \
	done

clean:
	rm -rf .build
