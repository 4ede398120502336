# Everything starts from a fresh clone with only python3 on the PATH.
# The environment is requirements/dev.lock, exactly: every package at one version, with hashes
# (README, "The locked environment"). pyproject.toml keeps the ranges for `pip install fincli`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements/dev.lock
STAMP  := $(VENV)/.installed
COMPILE = $(BIN)/uv pip compile pyproject.toml requirements/tools.in --all-extras --universal \
	--python-version 3.11 --generate-hashes --custom-compile-command "make lock" -o $(LOCK)

.PHONY: demo test test-browser lint bench eval clean lock upgrade check-lock

# A new lock makes a new environment: nothing stays installed that the lock no longer names.
$(STAMP): pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip uninstall --quiet --yes setuptools 2>/dev/null || true  # venv's own, not locked
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q fincli  # start-up stays fast where PYTHONDONTWRITEBYTECODE is set
	touch $(STAMP)

demo: $(STAMP)
	@sh scripts/demo.sh $(BIN)/fincli

check-lock: $(STAMP)
	$(BIN)/python scripts/lock.py check
	$(BIN)/python scripts/lock.py freeze

test: check-lock
	$(BIN)/python -m pytest

# The report pages in headless Chromium (tests/browser/): Debian's chromium and Korean fonts
# are installed first when missing (as root); a browser that cannot run fails the target.
# Screenshots go to build/screenshots/ (FINCLI_SCREENSHOTS to change it).
test-browser: $(STAMP)
	sh scripts/browser-deps.sh
	$(BIN)/python -m pytest -m browser tests/browser

# ruff, the layering as import-linter contracts (pyproject.toml), and mypy over the package
lint: $(STAMP)
	$(BIN)/ruff check fincli tests bench scripts
	$(BIN)/ruff format --check fincli tests bench scripts
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy --cache-dir $(VENV)/.mypy_cache

# The five accuracy figures over the real-news corpus (tests/corpus), all and held-out.
eval: $(STAMP)
	$(BIN)/python tests/corpus/score.py

bench: $(STAMP)
	$(BIN)/python -m compileall -q fincli bench
	$(BIN)/python bench/run.py

# After editing pyproject.toml's dependencies: a lock for them that keeps every other pin.
lock: $(STAMP)
	$(COMPILE)

# Newest versions of everything, the CLDR data regenerated from the new babel, the suite run:
# one reviewable change (git diff) to commit, or to drop with git checkout.
upgrade: $(STAMP)
	$(COMPILE) --upgrade
	$(MAKE) $(STAMP)
	$(BIN)/python -m fincli.currencies
	$(MAKE) test

clean:
	rm -rf $(VENV) build dist *.egg-info bench/out
