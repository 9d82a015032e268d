# PowerMap: two commands do all the set-up on a fresh Debian machine with Swift.
#   make demo   install Graphviz if missing, build, validate and analyse the shipped models
#   make test   install Graphviz if missing, then lint and run the whole test suite
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= debug
BIN = .build/$(CONFIG)/powermap

.PHONY: all deps build release demo test lint format bench clean

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

build: deps
	$(SWIFT) build -c $(CONFIG) --product powermap

release:
	$(MAKE) build CONFIG=release

demo: build
	$(BIN) validate models/*.yaml models/scenarios/*.yaml
	@for m in models/*.yaml; do echo; $(BIN) summary "$$m"; done
	@echo; $(BIN) analyze models/veracruz-2019-2020.yaml --top 10
	@echo; $(BIN) diff models/veracruz-2016-2017.yaml models/veracruz-2019-2020.yaml --scenario pan-to-morena
	@echo; $(BIN) simulate models/veracruz-2019-2020.yaml --scenario lose-orfis --samples 2000 --seed 7
	@echo; $(BIN) sweep models/veracruz-2019-2020.yaml --top 5

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Benchmarks/Sources

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Benchmarks/Sources

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks (a separate package; never part of `make test`). Figures: Benchmarks/README.md.
bench: deps
	cd Benchmarks && $(SWIFT) build -c release
	cd Benchmarks && B=.build/release/powermap-bench && \
	  $$B load --format json --runs 3 && \
	  $$B analyze --actors 10000 --relations 50000 --runs 3 && \
	  $$B analyze --actors 100000 --relations 500000 --runs 1 && \
	  $$B montecarlo --model ../models/veracruz-2019-2020.yaml --scenario pan-to-morena --samples 10000 --jobs 1 && \
	  $$B montecarlo --model ../models/veracruz-2019-2020.yaml --scenario pan-to-morena --samples 10000 --jobs 2 && \
	  $$B montecarlo --actors 1000 --samples 10000 --jobs 2 && \
	  $$B sweep --actors 1000 --jobs 2 && \
	  $$B render --runs 3

clean:
	rm -rf .build
