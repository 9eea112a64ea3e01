# make demo   — create .venv, install oitcrawler, serve the bundled demo site and check it
# make test   — run the test suite
# make lint   — ruff and mypy
# make bench  — detection precision/recall over the fixture worlds
# make bench-realworld — hub segmentation on the real hubs in ../shared/realworld
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint bench bench-realworld bench-realworld-crawl fonts

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# setuptools warns on every editable install of a layout whose packages live under other
# folder names (spiders/ and checklists/ become oitcrawler.spiders and oitcrawler.checklists):
# "lenient" and "strict" modes say so in a banner, and "compat" cannot map the folders at all.
# The banner is information only, so it is filtered, and any other warning still shows.
install: $(BIN)/python
	PYTHONWARNINGS="ignore:Editable installation:UserWarning" $(BIN)/pip install -q -e '.[test,demo]'

# The demo and the fixture documents are set in a Thai TrueType font (Debian: fonts-thai-tlwg).
fonts:
	@ls /usr/share/fonts/truetype/tlwg/Garuda.ttf >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq fonts-thai-tlwg >/dev/null; } || \
	  { echo "please install the Thai fonts: sudo apt-get install fonts-thai-tlwg" >&2; exit 1; }

demo: fonts install
	$(BIN)/oitcrawler demo

test:
	$(BIN)/python -m pytest -q -p no:cacheprovider

# Style and types (pyproject.toml configures both).
lint:
	$(BIN)/ruff check
	$(BIN)/mypy

bench:
	$(BIN)/python benchmarks/detection.py

bench-realworld:
	$(BIN)/python benchmarks/realworld.py

bench-realworld-crawl:
	$(BIN)/python benchmarks/realworld.py --crawl
	$(BIN)/python benchmarks/realworld.py --crawl --checklist ita-2569 --as-of 2026-03-15
