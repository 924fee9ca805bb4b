# jixiao — two commands set everything up on a fresh machine:
#   make demo   creates .venv, installs jixiao, ingests samples/ into data/ and prints a summary
#   make test   creates .venv if needed, installs, runs the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install demo test accuracy clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/jixiao ingest samples/ --out data/
	$(BIN)/python -c "import duckdb; duckdb.sql(\"select f.project_name, f.fiscal_year, i.level1_std, i.level3, i.operator, i.value, i.unit from read_parquet('data/indicators/**/*.parquet', hive_partitioning=true) i join read_parquet('data/forms/**/*.parquet', hive_partitioning=true) f using (form_id) where i.level3 like '%接通率%' order by 2, 1\").show()"

test: install
	$(BIN)/python -m pytest

accuracy: install
	$(BIN)/jixiao accuracy samples/seeds samples/docx samples/realworld

clean:
	rm -rf $(VENV) data .pytest_cache .hypothesis
