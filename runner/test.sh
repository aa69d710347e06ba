#!/usr/bin/env bash
# The runner's checks: format, lint, types (mypy --strict), tests (warnings are errors).
#   bash runner/test.sh [pytest args...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${KILN_RUNNER_VENV:-$here/.venv}"
"$here/ensure-venv.sh" --dev "$venv"
export PATH="$venv/bin:$PATH"
cd "$here"

ruff format --check .
ruff check .
mypy --strict kiln_runner
python -m pytest -q "$@"
