# The two commands of the README:
#   make demo  - set everything up, make a sample video resume, print its anonymized transcript
#   make test  - set everything up, run the test suite
# Both are quick when everything is already installed.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := build/sample_resume.mp4

.PHONY: demo test setup system-deps clean

demo: setup $(SAMPLE)
	$(BIN)/blindscreen process $(SAMPLE) --known "Brianna Okafor" --known @bri_codes

test: setup
	bash scripts/run_tests.sh

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/install_system_deps.sh

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[service,eval,dev]'
	touch $(STAMP)

$(SAMPLE): scripts/make_sample_video.py | setup
	mkdir -p build
	$(BIN)/python scripts/make_sample_video.py $(SAMPLE)

clean:
	rm -rf build
