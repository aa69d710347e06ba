#!/usr/bin/env bash
# Stops the Kubernetes test cluster that up.sh started (by the PIDs it recorded) and removes its
# state dir (--keep-state: only stop). Env: KILN_K8S_TEST_DIR (default $HOME/.cache/kiln/k8s-test-run).
set -euo pipefail

state=$(realpath -m "${KILN_K8S_TEST_DIR:-$HOME/.cache/kiln/k8s-test-run}")
keep=0
[[ ${1:-} == --keep-state ]] && keep=1
say() { echo "[k8s-test-cluster] $*" >&2; }

if [[ ! -d $state ]]; then
  say "not running (no $state)"
  exit 0
fi
if [[ ! -f $state/.kiln-k8s-test-run ]]; then
  say "$state is not a test-cluster state dir (no .kiln-k8s-test-run); leaving it alone"
  exit 1
fi

# A recorded PID counts only while its command line names this state dir, so a PID the system
# has since given to another process is never signalled.
ours() {
  [[ $1 != "$$" && -r /proc/$1/cmdline ]] && tr '\0' '\n' <"/proc/$1/cmdline" | grep -qF -- "$state/"
}
pids=()
for name in watchdog kwok kube-scheduler kube-controller-manager kube-apiserver etcd; do
  f=$state/pids/$name.pid
  [[ -f $f ]] || continue
  pid=$(cat "$f")
  if ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
  fi
done
# Up to 10 s for a clean exit, then SIGKILL.
for _ in $(seq 50); do
  left=()
  for pid in "${pids[@]}"; do ours "$pid" && left+=("$pid"); done
  [[ ${#left[@]} -eq 0 ]] && break
  sleep 0.2
done
for pid in "${pids[@]}"; do
  if ours "$pid"; then
    say "pid $pid did not stop; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
done
rm -f "$state"/pids/*.pid
if [[ $keep == 1 ]]; then
  say "stopped ($state kept)"
else
  rm -rf "$state"
  say "stopped; removed $state"
fi
