#!/usr/bin/env bash
# Create or refresh the runner's virtualenv.
#
#   runner/ensure-venv.sh [--dev] [VENV_DIR]     (default VENV_DIR: runner/.venv)
#
# Installs requirements.txt (and requirements-dev.txt with --dev). A stamp file inside
# the venv records the sha256 of each requirement file and the base interpreter's
# version; when they match, pip is not run at all. Concurrent runs wait (flock).
# Prints exactly one line saying what it did.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dev=0
venv=""
for arg in "$@"; do
  case "$arg" in
    --dev) dev=1 ;;
    -h | --help)
      sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    -*)
      echo "ensure-venv: unknown option $arg" >&2
      exit 2
      ;;
    *) venv="$arg" ;;
  esac
done
venv="${venv:-$here/.venv}"

mkdir -p "$venv"
venv="$(cd "$venv" && pwd)"
stamp="$venv/.kiln-requirements"

# Lock the venv directory itself: `venv --clear` empties it but keeps the directory.
# (flock is util-linux; where it is missing, e.g. macOS, runs are simply not serialised.)
if command -v flock >/dev/null; then
  exec 9<"$venv"
  flock 9
fi

if command -v sha256sum >/dev/null; then
  digest() { sha256sum "$1" | cut -d' ' -f1; }
else
  digest() { shasum -a 256 "$1" | cut -d' ' -f1; }
fi
base_python="python=$(python3 -c 'import sys; print(sys.version.split()[0], sys.executable)')"
want_runtime="runtime=$(digest "$here/requirements.txt")"
want_dev="dev=$(digest "$here/requirements-dev.txt")"

has() { [[ -f "$stamp" ]] && grep -qxF "$1" "$stamp"; }

mode="runtime"
[[ $dev == 1 ]] && mode="runtime+dev"

if [[ -x "$venv/bin/python" ]] && has "$base_python" && has "$want_runtime" && { [[ $dev == 0 ]] || has "$want_dev"; }; then
  echo "runner venv: up to date ($mode) at $venv"
  exit 0
fi

action="updated"
if [[ ! -x "$venv/bin/python" ]] || ! has "$base_python"; then
  python3 -m venv --clear "$venv"
  rm -f "$stamp"
  action="created"
fi

pip=("$venv/bin/python" -m pip install --disable-pip-version-check -q)
"${pip[@]}" -r "$here/requirements.txt"
lines=("$base_python" "$want_runtime")
if [[ $dev == 1 ]]; then
  "${pip[@]}" -r "$here/requirements-dev.txt"
  lines+=("$want_dev")
elif has "$want_dev"; then
  lines+=("$want_dev") # dev tools from an earlier --dev run are still installed
fi
printf '%s\n' "${lines[@]}" >"$stamp.tmp"
mv "$stamp.tmp" "$stamp"
echo "runner venv: $action ($mode) at $venv"
