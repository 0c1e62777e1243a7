# cigraph — `make run` sets everything up and runs the demo; `make test` runs every test.
SHELL := /bin/bash
GO ?= go
BIN := bin/cigraph
LAUNCHER := graph/neo4jlocal/launcher
LAUNCHER_STAMP := $(LAUNCHER)/target/.built
DATA ?= ./data
TESTDATA := ./data/test

.PHONY: all build launcher web generate chromium test test-go test-browser test-notebook run eval clean

all: build

$(LAUNCHER_STAMP): $(LAUNCHER)/pom.xml $(shell find $(LAUNCHER)/src -type f 2>/dev/null)
	@command -v java >/dev/null && command -v mvn >/dev/null || { echo "Java 17 or Maven is missing: apt-get install -y openjdk-17-jdk-headless maven"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven; }
	rm -rf $(LAUNCHER)/target/lib
	mvn -q -B -f $(LAUNCHER)/pom.xml package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib
	@touch $@

launcher: $(LAUNCHER_STAMP)

# The playground: GraphiQL and React from npm (web/package-lock.json), copied
# into web/static/vendor and embedded in the binary (no CDN at run time).
WEB_STAMP := web/node_modules/.package-lock.json
WEB_OUT := web/static/vendor/graphiql.min.js

$(WEB_STAMP): web/package.json web/package-lock.json
	@command -v npm >/dev/null || { echo "Node 20 + npm are missing: apt-get install -y nodejs npm"; exit 1; }
	cd web && npm ci --no-audit --no-fund
	@touch $@

$(WEB_OUT): $(WEB_STAMP) web/build.mjs
	cd web && node build.mjs

web: $(WEB_OUT)

# Regenerates gqlschema/generated.go after editing gqlschema/*.graphqls.
generate:
	cd gqlschema && $(GO) tool gqlgen generate --config gqlgen.yml

build: launcher web
	$(GO) build -o $(BIN) ./cmd/cigraph

# Neo4j is started once for the whole run and handed to every package via NEO4J_URI.
test-go: build
	$(BIN) neo4j exec --data $(TESTDATA) -- $(GO) test -p 1 -count=1 ./...

# Headless Debian Chromium drives the playground (playwright-core from npm).
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# A data folder of its own: the Go tests leave analyst corrections behind.
test-browser: build chromium
	$(BIN) neo4j exec --data $(TESTDATA)-browser -- node web/e2e/playground.spec.mjs

# The notebook and the Python client in a virtualenv of their own; the harness
# wipes its Neo4j, ingests sample/news, serves on a free port and runs
# notebooks/cigraph_demo.ipynb end to end (python/test_notebook.py).
VENV := .venv
VENV_STAMP := $(VENV)/.installed

$(VENV_STAMP): python/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r python/requirements.txt
	@touch $@

test-notebook: build $(VENV_STAMP)
	$(BIN) neo4j exec --data $(TESTDATA)-notebook -- env CIGRAPH_BIN=$(BIN) $(VENV)/bin/python -m pytest -q -p no:cacheprovider python

test: test-go test-browser test-notebook

# The demo: local Neo4j under $(DATA), the sample news ingested, the playground served.
ADDR ?= 127.0.0.1:8080
run: build
	$(BIN) neo4j start --data $(DATA)
	$(BIN) ingest --sources sample/sources.yaml --data $(DATA)
	@sed 's#ADDR#$(ADDR)#' docs/run-banner.txt
	$(BIN) serve --data $(DATA) --addr $(ADDR)

eval: build
	BIN=$(BIN) bench/eval

clean:
	rm -rf bin $(LAUNCHER)/target
