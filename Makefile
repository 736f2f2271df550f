# Two commands do everything on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON_DEPS := $(VENV)/.installed
# The venv with uv and brotli only, made first: the runtime's compression (half a minute on a core) starts there,
# beside the rest of the install, and no longer after it.
COMPRESSOR := $(VENV)/.compressor
NODE_DEPS := node_modules/.package-lock.json
# Lighthouse, for the bench only: its own package.json, so the tests' set-up does not install it.
BENCH_NODE_DEPS := bench/node_modules/.package-lock.json
LOCALES := simulator/locales
CATALOGUES := $(wildcard $(LOCALES)/*/LC_MESSAGES/simulator.po)
COMPILED := $(CATALOGUES:.po=.mo)
# The countries from CLDR (through Babel, a build dependency), a build output like the compiled catalogues.
COUNTRIES := simulator/data/countries.json
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
WHEEL := dist/simulator-$(VERSION)-py3-none-any.whl
SITE_LOCK := build/pyodide/pyodide-lock.json
# Pyodide's loader module, minified: the one runtime file npm ships with its names long.
SITE_LOADER := build/pyodide/pyodide.asm.mjs
TEST_WHEELS := build/pyodide-test-wheels/.downloaded
# The WebAssembly and the minified loader compressed once (build/precompressed/, by content hash), so no build
# waits for them (the standard library's zip is compressed by `stdlib`).
RUNTIME_COMPRESSED := build/precompressed/.runtime
# The standard library the site ships and the Pyodide tests use: `trimmed` (the modules the simulator and
# Pyodide's start-up import, compiled to .pyc by Pyodide's Python) or `stock` (Pyodide's own zip), e.g.
# `make build STDLIB=stock` to compare.
STDLIB ?= trimmed
STOCK_STDLIB := node_modules/pyodide/python_stdlib.zip
TRIMMED_STDLIB := build/pyodide/trimmed/python_stdlib.zip
SITE_STDLIB := build/pyodide/python_stdlib.zip
ifeq ($(STDLIB),trimmed)
STDLIB_SOURCE := $(TRIMMED_STDLIB)
else ifeq ($(STDLIB),stock)
STDLIB_SOURCE := $(STOCK_STDLIB)
else
$(error STDLIB is "$(STDLIB)"; it must be "trimmed" or "stock")
endif
# Canonical and hreflang links and the sitemap need the public address (mkdocs.yml's site_url, from SITE_URL).
SITE_URL_WARNING := WARNING: SITE_URL is not set: canonical links, hreflang links and the sitemap say \
	http://127.0.0.1:8000/ (right for a local look, wrong on a host). To deploy: SITE_URL=https://example.org/guide/ make build
CHECK_SITE_URL = if [ -z "$$SITE_URL" ]; then echo "$(SITE_URL_WARNING)" >&2; fi
# Pure wheels of the test tools, at the versions pinned for CPython, for the tests run inside Pyodide.
PYODIDE_TEST_TOOLS := pytest pluggy iniconfig packaging pygments hypothesis sortedcontainers

.PHONY: test serve build site-url-check bench bench-server setup setup-files browser catalogues countries wheel stdlib bytecode messages lock clean
export NO_MKDOCS_2_WARNING := 1

# The page components' tests first (node --test, happy-dom, a fake checker: seconds), then pytest.
# Four test files at a time: they mostly wait for the Python they spawn (render_practice.py, the engine).
# pytest runs one worker more than the cores: a browser test waits a tenth of its time (timers, the test server,
# the pipe to Chromium), and the extra worker's tests fill those gaps (2 cores: 88 % busy with two workers,
# 97 % with three, for the same CPU-seconds; the suite ~9 % sooner). A worker that runs out of tests takes some of another's.
test:
	@$(MAKE) --no-print-directory --jobs=$(shell nproc) --output-sync=target setup-files browser
	node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON --test --test-concurrency=4 tests/components/
	$(BIN)/python -m pytest --numprocesses $(shell echo $$(( $$(nproc) + 1 ))) --dist worksteal

# Serves the site on http://127.0.0.1:8000, rebuilding on every change.
serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# Writes the site to site/, with a .br and a .gz copy beside every compressible file for the host.
# Without SITE_URL its absolute addresses are the local ones: said on stderr before and after (not a failure).
build: setup
	@$(CHECK_SITE_URL)
	$(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/python scripts/precompress.py site
	@$(CHECK_SITE_URL)

# Says on stderr, loudly, when SITE_URL is not set (what `make build` says; tests/site/test_deploy_address.py).
site-url-check:
	@$(CHECK_SITE_URL)

# Prints figures (bytes, speed, Lighthouse) and writes bench/results.json; never part of the tests.
# The site is built for the address the bench serves it at; BENCH_ARGS="--runs 7" etc. (see bench/run.py).
BENCH_PORT ?= 8731
BENCH_ARGS ?=
bench: setup browser bench-server $(BENCH_NODE_DEPS)
	SITE_URL=http://127.0.0.1:$(BENCH_PORT)/ $(MAKE) build
	$(BIN)/python bench/run.py --site site --port $(BENCH_PORT) $(BENCH_ARGS)

# Debian's nginx with the brotli_static module, for the bench only.
bench-server:
	@if [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static brotli >/dev/null; \
	else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static brotli >/dev/null; fi

# Made side by side on every core: pip beside npm (and apt's Chromium for the tests), the runtime's
# compression beside the rest of the install and the standard library's trim.
setup:
	@$(MAKE) --no-print-directory --jobs=$(shell nproc) --output-sync=target setup-files

setup-files: $(PYTHON_DEPS) $(NODE_DEPS) catalogues countries wheel $(SITE_LOCK) $(SITE_LOADER) $(TEST_WHEELS) stdlib \
	$(RUNTIME_COMPRESSED) bytecode

# uv installs the pinned packages (and compiles them: this machine may keep Python from writing .pyc
# files) in a few seconds where pip takes four times as long; it is itself installed by pip, pinned.
UV := uv==0.13.9

$(COMPRESSOR): requirements.txt
	@python=$$(scripts/find-python) && echo "Using $$python" && "$$python" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(UV)
	$(BIN)/uv pip install --quiet --python $(BIN)/python $$(grep -i '^brotli==' requirements.txt)
	touch $@

$(PYTHON_DEPS): $(COMPRESSOR) requirements.txt overrides/plugins/pyproject.toml
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.txt
	# The site's plugins import the simulator from this checkout; MkDocs finds the plugins by their
	# entry points (overrides/plugins/pyproject.toml), so they are installed from this checkout too.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable . \
		--editable overrides/plugins
	touch $@

# The engine and the build plugins compiled to .pyc (what changed only; git and the wheel leave them out):
# this machine may keep Python from writing them, and each build, render or engine process would compile
# this code again (0.13 CPU-s more for a practice frame's render).
bytecode: $(PYTHON_DEPS)
	@$(BIN)/python -m compileall -q simulator overrides/plugins >/dev/null

$(NODE_DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(BENCH_NODE_DEPS): bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --loglevel=error

catalogues: $(COMPILED)

$(LOCALES)/%/LC_MESSAGES/simulator.mo: $(LOCALES)/%/LC_MESSAGES/simulator.po $(PYTHON_DEPS)
	$(BIN)/pybabel compile --statistics -D simulator -d $(LOCALES) -l $*

countries: $(COUNTRIES)

$(COUNTRIES): scripts/countries.py $(PYTHON_DEPS)
	$(BIN)/python scripts/countries.py $@

wheel: $(WHEEL)

$(WHEEL): $(PYTHON_DEPS) $(COMPILED) $(COUNTRIES) pyproject.toml $(shell find simulator -type f -not -name '*.pyc')
	rm -rf dist && $(BIN)/python -m build --wheel --no-isolation --outdir dist . >/dev/null
	$(BIN)/python scripts/store_wheel.py $@

# Pyodide's lock file with the simulator wheel registered (and its sha256), for the site's copy of Pyodide.
$(SITE_LOCK): $(WHEEL) $(NODE_DEPS)
	mkdir -p $(@D)
	$(BIN)/pyodide lockfile add-wheels --input node_modules/pyodide/pyodide-lock.json --output $@ \
		--base-path dist $(WHEEL)

# esbuild keeps every name a direct eval can see (Emscripten's EM_ASM code is eval'd in the module's
# scope) and shortens the rest: 26 KB less with brotli, before the checker is ready.
$(SITE_LOADER): $(NODE_DEPS)
	mkdir -p $(@D)
	node_modules/.bin/esbuild node_modules/pyodide/pyodide.asm.mjs --minify --format=esm --log-level=warning --outfile=$@

# Needs brotli only (guide_site is not installed yet, hence PYTHONPATH).
$(RUNTIME_COMPRESSED): $(COMPRESSOR) $(NODE_DEPS) $(SITE_LOADER)
	PYTHONPATH=overrides/plugins $(BIN)/python scripts/precompress.py --cache-only node_modules/pyodide/pyodide.asm.wasm $(SITE_LOADER)
	touch $@

# Runs the engine's tests and every form in every language inside Pyodide, notes the standard-library
# modules they import, compiles those with Pyodide's own Python and zips them stored; fails if any is missing.
# What it found is kept in scripts/stdlib/found.json (commit it): a clone of the same sources skips the finding.
$(TRIMMED_STDLIB): $(WHEEL) $(SITE_LOCK) $(TEST_WHEELS) $(NODE_DEPS) $(wildcard scripts/stdlib/*) $(wildcard tests/unit/*.py) $(wildcard tests/fixtures/*/simulator/forms/*.toml)
	node scripts/stdlib/trim.mjs $(SITE_LOCK) $(WHEEL) $(dir $(TEST_WHEELS)) tests $@

# The zip the site ships, copied only when it differs (switching STDLIB rebuilds what depends on it), and
# compressed once (build/precompressed/, by content hash) beside the WebAssembly's compression.
stdlib: $(STDLIB_SOURCE) $(NODE_DEPS) $(PYTHON_DEPS)
	@mkdir -p $(dir $(SITE_STDLIB))
	@cmp -s $(STDLIB_SOURCE) $(SITE_STDLIB) || { cp $(STDLIB_SOURCE) $(SITE_STDLIB) && echo "python_stdlib.zip: $(STDLIB)"; }
	@$(BIN)/python scripts/precompress.py --cache-only $(SITE_STDLIB)

$(TEST_WHEELS): requirements.txt $(PYTHON_DEPS)
	rm -rf $(@D) && mkdir -p $(@D)
	$(BIN)/python -m pip download --quiet --no-deps --only-binary=:all: --dest $(@D) \
		$$(grep -iE '^($(subst $() ,|,$(PYODIDE_TEST_TOOLS)))==' requirements.txt)
	touch $@

# The browser tests drive Debian's Chromium; elsewhere Playwright's own download is the fallback.
# (Playwright's download needs the venv; apt's Chromium installs beside pip and npm.)
browser: $(if $(or $(wildcard /usr/bin/chromium),$(shell command -v apt-get)),,$(PYTHON_DEPS))
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else $(BIN)/python -m playwright install chromium; fi

# For maintainers: collect new messages into the catalogues, then translate them.
messages: $(PYTHON_DEPS)
	$(BIN)/pybabel extract --no-wrap --no-location --sort-output -F babel.cfg -k N_ -k Np_:1,2 \
		-o $(LOCALES)/simulator.pot simulator
	$(BIN)/pybabel update --no-wrap --no-fuzzy-matching --ignore-obsolete -D simulator -i $(LOCALES)/simulator.pot -d $(LOCALES)
	# The site's words: overrides/locales/site.pot is edited by hand (the English); this marks changed ones fuzzy.
	$(BIN)/pybabel update --no-wrap --no-fuzzy-matching --ignore-obsolete -D site -i overrides/locales/site.pot -d overrides/locales

# For maintainers: re-pin every Python dependency after editing requirements.in.
lock:
	@python=$$(scripts/find-python) && rm -rf /tmp/lock-venv && "$$python" -m venv /tmp/lock-venv
	/tmp/lock-venv/bin/pip install --quiet -r requirements.in
	(echo "# Pinned by 'make lock' from requirements.in (Python >= 3.12)."; /tmp/lock-venv/bin/pip freeze) > requirements.txt

clean:
	rm -rf $(VENV) node_modules bench/node_modules dist build site $(COMPILED) $(COUNTRIES)
