#!/usr/bin/env sh
# Lint and type checks, as CI runs them: ruff on the whole tree, mypy on models/ and services/.
# Run from anywhere; uses the project's virtual environment when there is one.
set -eu
cd "$(dirname "$0")/.."
if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=${PYTHON:-python3}; fi
status=0
"$PY" -m ruff check . || status=1
"$PY" -m mypy models services || status=1
exit $status
