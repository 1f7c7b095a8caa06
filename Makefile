# SKP Desk — the two commands: `make run` and `make test` (README.md).
SHELL := /bin/bash
export LANG := C.UTF-8
export LC_ALL := C.UTF-8
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
TS := resources/i18n/skpdesk_id.ts resources/i18n/skpdesk_en.ts
QM_DIR := skpdesk/resources/i18n
QM := $(QM_DIR)/skpdesk_id.qm $(QM_DIR)/skpdesk_en.qm

.PHONY: run test lint bench demo setup i18n lupdate lock clean

$(STAMP): $(LOCK) pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "SKP Desk needs Python 3.11 (found %d.%d)" % sys.version_info[:2])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r $(LOCK) 2>&1 | grep -v "^WARNING: Location" || true
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | grep -v "^WARNING: Location" || true
	$(PY) -m pip check >/dev/null
	@touch $(STAMP)

$(QM_DIR)/%.qm: resources/i18n/%.ts $(STAMP)
	@mkdir -p $(QM_DIR)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

setup: $(STAMP) i18n

# Extract the strings marked for translation into the .ts catalogues (translations are kept).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find skpdesk -name '*.py' | sort) -ts $(TS) -no-obsolete -locations none

run: setup
	@tools/system-deps.sh window
	@$(PY) -m skpdesk demo --if-missing
	$(PY) -m skpdesk --workspace "$$($(PY) -c 'from skpdesk.paths import resolve_workspace as r; print(r())')"

demo: setup
	$(PY) -m skpdesk demo --size $${SIZE:-demo} --seed $${SEED:-1}

test: setup
	@tools/system-deps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: setup
	@tools/system-deps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Re-pin every package after changing requirements/*.in (needs the registries).
lock:
	rm -rf /tmp/skpdesk-lock && $(PYTHON) -m venv /tmp/skpdesk-lock
	/tmp/skpdesk-lock/bin/pip install --quiet -r requirements/dev.in
	( echo "# Exact pins for every package (runtime + dev). Regenerate: make lock (see README)."; \
	  /tmp/skpdesk-lock/bin/pip freeze --all --exclude-editable | grep -v "^pip==" ) > $(LOCK)

clean:
	rm -rf $(VENV) $(QM_DIR)/*.qm .pytest_cache .mypy_cache .ruff_cache
