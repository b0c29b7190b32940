# Two entry points for a fresh machine: `make app` and `make test`.
# Both create .venv, install the project (torch pinned to the CPU wheel in pyproject.toml)
# and build the embedded model on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: app test test-fast model setup clean-model

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[app,dev]"
	touch $(STAMP)

setup: $(STAMP)

model: $(STAMP)
	$(BIN)/python -m compare model build

app: model
	$(BIN)/python -m streamlit run app.py --server.headless true

test: model
	$(BIN)/python -m pytest -m "slow or not slow" $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser" $(PYTEST_ARGS)

clean-model:
	rm -rf models/built
