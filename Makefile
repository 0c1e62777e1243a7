# cigraph — `make run` sets everything up and runs the demo; `make test` runs every test.
SHELL := /bin/bash
GO ?= go
BIN := bin/cigraph
LAUNCHER := graph/neo4jlocal/launcher
LAUNCHER_STAMP := $(LAUNCHER)/target/.built
DATA ?= ./data
TESTDATA := ./data/test

.PHONY: all build launcher test test-go run eval clean

all: build

$(LAUNCHER_STAMP): $(LAUNCHER)/pom.xml $(shell find $(LAUNCHER)/src -type f 2>/dev/null)
	@command -v java >/dev/null || { echo "Java 17 is missing: apt-get install -y openjdk-17-jdk-headless"; exit 1; }
	@command -v mvn >/dev/null || { echo "Maven is missing: apt-get install -y maven"; exit 1; }
	mvn -q -B -f $(LAUNCHER)/pom.xml package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib
	@touch $@

launcher: $(LAUNCHER_STAMP)

build: launcher
	$(GO) build -o $(BIN) ./cmd/cigraph

# Neo4j is started once for the whole run and handed to every package via NEO4J_URI.
test-go: build
	$(BIN) neo4j exec --data $(TESTDATA) -- $(GO) test -p 1 -count=1 ./...

test: test-go

run: build
	$(BIN) neo4j start --data $(DATA)
	$(BIN) ingest --extracted ../shared/seeds/gold/*.json --data $(DATA)
	$(BIN) neo4j status --data $(DATA)

eval: build
	python3 ../shared/eval/score.py ../shared/seeds/gold ../shared/eval/dev --cmd '$(BIN) extract --format json --published {published} {file}'

clean:
	rm -rf bin $(LAUNCHER)/target
