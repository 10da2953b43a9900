# sitegen: the two commands a newcomer needs are `make site` and `make test`; both install what
# is missing first (see scripts/install-deps).

SWIFT ?= swift
SITEGEN = .build/debug/sitegen

.PHONY: site test e2e load serve build bench deps format lint clean

## Build sitegen and this repository's site into public/.
site: build
	$(SITEGEN) build

## Run the whole test suite.
test: deps
	$(SWIFT) test

## A real browser against the preview server: headless Chromium (installed when missing).
e2e: deps
	@scripts/install-deps --browser
	SITEGEN_BROWSER=1 $(SWIFT) test --filter BrowserTests

## 1,000 concurrent connections from wrk against the preview server (installs wrk when missing).
load: deps
	@scripts/install-deps --wrk
	SITEGEN_LOAD=1 $(SWIFT) test --filter LoadTests

## Preview this repository's site with live reload.
serve: build
	$(SITEGEN) serve

## Measure how the stages scale on synthetic sites (release build; prints a table).
## Full builds of 1,000, 10,000 and 100,000 generated briefings against Hugo, preview rebuilds,
## the index stage; about 15 minutes. BENCH_ARGS passes options: BENCH_ARGS="--sizes 1000 --runs 1".
bench: deps
	@scripts/install-deps --hugo
	$(SWIFT) build -c release --product sitegen
	$(SWIFT) run -c release sitegen-bench $(BENCH_ARGS)

build: deps
	$(SWIFT) build --product sitegen

deps:
	@scripts/install-deps

## Apply the checked-in style (.swift-format) to every Swift file; `lint` only reports.
format:
	$(SWIFT) format format -i -r Sources Tests Package.swift

lint:
	$(SWIFT) format lint -r -s Sources Tests Package.swift

clean:
	rm -rf .build public .public.*
