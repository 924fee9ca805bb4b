# jixiao — two commands set everything up on a fresh machine:
#   make demo   creates .venv, installs jixiao (no test extras), ingests samples/ into data/ and
#               prints a summary and a query
#   make test   creates .venv if needed, installs, runs the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install system-deps demo test accuracy accuracy-shapes accuracy-heldout bench bench-pdf bench-shapes bench-search clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The test environment: jixiao (editable) with the test extras.
$(BIN)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(BIN)/.installed-runtime

# What the demo needs: jixiao (editable) and its runtime dependencies, no test extras.
$(BIN)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install: $(BIN)/.installed

# Debian packages: LibreOffice Writer (legacy .doc) and Calc (.xls it cannot read directly, the .xls
# sample), CJK fonts (sample generation), headless Chromium (the corpus report's test renders the
# page), poppler's pdftotext (the shape matrix reads printed PDFs the way converters do). Skipped
# when present or when apt-get is not available / not root: jixiao then reports .doc files as
# needing LibreOffice, and the report test is skipped.
SYSTEM_PACKAGES = libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk chromium chromium-driver \
                  poppler-utils
system-deps:
	@if command -v soffice >/dev/null 2>&1 && [ -e "$$(dirname "$$(readlink -f "$$(command -v soffice)")")/libsclo.so" ] \
	    && command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then \
	  echo "system-deps: soffice (Writer and Calc), chromium and pdftotext present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES) >/dev/null; \
	else echo "system-deps: cannot install $(SYSTEM_PACKAGES) (need root and apt-get); .doc files will be reported as needing LibreOffice"; fi

demo: $(BIN)/.installed-runtime
	$(BIN)/jixiao ingest samples/ --data data/ --timeout 300   # the sample photo and TIFF are OCR: ~30 s a page on 2 cores
	$(BIN)/python -c "import jixiao; print(jixiao.open('data').sql(\"select project_name, fiscal_year, level1_std, level3, operator, value, unit from indicator_view where level3 like '%接通率%' order by 2, 1\"))"

test: install
	$(BIN)/python -m pytest

accuracy: install
	$(BIN)/jixiao accuracy samples/seeds samples/docx samples/pdf samples/doc samples/xlsx samples/html samples/mht samples/ofd samples/scanned samples/images samples/realworld
	$(BIN)/python -m tests.formgen.shape_matrix

# Only the shape matrix (about a minute): every sample in every text shape, F1 per family × shape.
accuracy-shapes: install
	$(BIN)/python -m tests.formgen.shape_matrix $(ARGS)

# Generated forms nobody tunes to (seeds 10000-10999; develop with ARGS="--seeds 0-99"): 425 forms of
# 17 families, each in 14 text shapes, 3 PDF text shapes and as DOCX/PDF/XLSX (20-60 minutes).
accuracy-heldout: install
	$(BIN)/python -m tests.formgen.heldout --workers 2 $(ARGS)

# Search latency on a generated corpus of 1,000,000 indicator rows (figures in bench/RESULTS.md).
bench-search: install
	$(BIN)/python bench/search.py --rows 1000000

# Archive-scale benchmark (about 15 minutes on 2 cores): generates 2,000 documents under bench/.work,
# measures 1 vs 2 workers, a no-change re-run, peak RSS at 500 vs 2,000 documents, and PDF reading
# against bare pdfplumber; prints the figures recorded in bench/RESULTS.md.
bench: install
	$(BIN)/python bench/run.py

# Only the PDF figure (about a minute): jixiao's PDF parse against bare pdfplumber text extraction.
bench-pdf: install
	$(BIN)/python bench/run.py pdf

# Only the shape layer (a few minutes): generated forms of every family in every text shape, parsed in
# one process; seconds, documents/s and KB/s per shape and the slowest document.
bench-shapes: install
	$(BIN)/python bench/run.py shapes

clean:
	rm -rf $(VENV) data .pytest_cache .hypothesis bench/.work
