# The two commands of the README:
#   make demo   set up .venv, install rasad, run it on the bundled demo articles and print what it found
#   make test   set up .venv if needed and run the test suite (and ruff)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test lint bench eval clean

$(BIN)/rasad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(BIN)/rasad

demo: $(BIN)/rasad
	$(BIN)/rasad demo

test: $(BIN)/rasad
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

eval: $(BIN)/rasad
	$(BIN)/rasad extract ../shared/eval/dev/docs.jsonl -o out/dev.jsonl --no-progress
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev/gold.jsonl out/dev.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache out
