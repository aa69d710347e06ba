#!/usr/bin/env bash
# Builds, once, the binaries of Kiln's Kubernetes test cluster from the Go module proxy alone:
# kube-apiserver, kube-controller-manager, kube-scheduler and kubectl (Kubernetes v1.37.2),
# etcd (v3.7.0) and kwok (v0.8.0, fake nodes and kubelets), plus kwok's stage file.
# The versions are the ones go/go.mod pins; see README.md.
#
#   bash tools/k8s-test-cluster/build.sh              # build when missing (~25 min cold on 2 cores)
#   bash tools/k8s-test-cluster/build.sh --print-bin  # print the bin dir (built or not) and exit
#   bash tools/k8s-test-cluster/build.sh --check      # exit 0 when the binaries are there
#
# Binaries go to ${KILN_K8S_CACHE:-$HOME/.cache/kiln/k8s-test-cluster}/<key>/bin, where <key>
# names the versions, the Go toolchain and platform, and hashes the go/ module and build flags;
# when that directory exists the script prints one line and exits. GOCACHE and GOMODCACHE are
# honoured when set (a warm GOCACHE turns the build into mostly linking).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mod=$here/go
cache_root=${KILN_K8S_CACHE:-$HOME/.cache/kiln/k8s-test-cluster}
export GOWORK=off
# Keep the user's GOFLAGS; add what this build needs (module cache files deletable, no VCS stamp).
goflags=$(cd "$mod" && go env GOFLAGS)
for f in -modcacherw -buildvcs=false; do
  [[ " $goflags " == *" $f "* ]] || goflags="${goflags:+$goflags }$f"
done
export GOFLAGS=$goflags

modver() { awk -v m="$1" '$1 == m { print $2; exit }' "$mod/go.mod"; }
k8s_version=$(modver k8s.io/kubernetes)
etcd_version=$(modver go.etcd.io/etcd/server/v3)
kwok_version=$(modver sigs.k8s.io/kwok)
go_version=$(cd "$mod" && go env GOVERSION)
platform=$(cd "$mod" && go env GOOS)-$(cd "$mod" && go env GOARCH)
cgo=$(cd "$mod" && go env CGO_ENABLED)

minor=${k8s_version#v1.}
minor=${minor%%.*}
ldflags="-s -w"
for pkg in k8s.io/client-go/pkg/version k8s.io/component-base/version; do
  ldflags+=" -X $pkg.gitVersion=$k8s_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=archive"
done
ldflags+=" -X sigs.k8s.io/kwok/pkg/consts.Version=$kwok_version -X sigs.k8s.io/kwok/pkg/consts.KubeVersion=$k8s_version"

# Bump when this script's output changes in a way the hash below does not see.
recipe=2
module_hash=$(
  cd "$mod"
  {
    find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) -print0 | sort -z | xargs -0 sha256sum
    echo "ldflags=$ldflags cgo=$cgo recipe=$recipe"
  } | sha256sum | cut -c1-12
)
key="k8s-$k8s_version-etcd-$etcd_version-kwok-$kwok_version-$go_version-$platform-$module_hash"
dir=$cache_root/$key
bin=$dir/bin
binaries=(kube-apiserver kube-controller-manager kube-scheduler kubectl etcd kwok)

say() { echo "[k8s-test-cluster] $*"; }
complete() { [[ -f $bin/kwok-stages.yaml && -f $bin/kwok-crds.yaml ]] && for b in "${binaries[@]}"; do [[ -x $bin/$b ]] || return 1; done; }

if [[ ${1:-} == --print-bin ]]; then
  echo "$bin"
  exit 0
elif [[ ${1:-} == --check ]]; then
  complete
  exit
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--print-bin | --check]" >&2
  exit 2
fi

if complete; then
  say "binaries present: $bin"
  exit 0
fi

mkdir -p "$dir"
# One build at a time per key (two test runs may ask together); the loser waits, then finds it.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$dir/lock"
  if ! flock -n 9; then
    say "another build of $key is running; waiting for it"
    flock 9
  fi
  if complete; then
    say "binaries present: $bin"
    exit 0
  fi
fi

t0=$(date +%s)
elapsed() { local s=$(($(date +%s) - t0)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
log=$dir/build.log
tmp=$dir/bin.partial
rm -rf "$tmp"
mkdir -p "$tmp"
say "building $key"
say "GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE); log: $log"
say "a cold build takes about 25 min on 2 cores and ~3 GB RAM; a warm GOCACHE makes it a few minutes"

say "downloading modules"
(cd "$mod" && go mod download -x) >"$dir/download.log" 2>&1 || {
  tail -n 20 "$dir/download.log" >&2
  exit 1
}
total=$(cd "$mod" && go list -deps ./cmd/... | wc -l)
say "modules ready ($(elapsed)); compiling $total packages into 6 binaries"

# `go build -v` names each package as it compiles it; count them for a progress line a minute.
(cd "$mod" && exec go build -v -ldflags="$ldflags" -o "$tmp/" ./cmd/...) >"$log" 2>&1 &
build_pid=$!
trap 'kill "$build_pid" 2>/dev/null || true' EXIT INT TERM
while kill -0 "$build_pid" 2>/dev/null; do
  for _ in $(seq 60); do
    sleep 1
    kill -0 "$build_pid" 2>/dev/null || break
  done
  kill -0 "$build_pid" 2>/dev/null || break
  compiled=$(grep -cvE '^(go: |#|\s)' "$log" || true)
  say "still compiling ($(elapsed)): $compiled packages compiled this run, of at most $total"
done
if ! wait "$build_pid"; then
  trap - EXIT INT TERM
  tail -n 30 "$log" >&2
  say "build failed after $(elapsed); see $log" >&2
  exit 1
fi
trap - EXIT INT TERM

# kwok needs stage definitions (kwokctl normally passes them): fast node start, node heartbeat
# through a Lease, pods ready/completed/deleted at once. Its Logs and ClusterLogs CRDs let tests
# point pod logs at files (up.sh installs them).
kwok_dir=$(cd "$mod" && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)
for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
  pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
  echo '---'
  cat "$kwok_dir/kustomize/stage/$f"
done >"$tmp/kwok-stages.yaml"
for f in kwok.x-k8s.io_logs.yaml kwok.x-k8s.io_clusterlogs.yaml; do
  echo '---'
  cat "$kwok_dir/kustomize/crd/bases/$f"
done >"$tmp/kwok-crds.yaml"

cat >"$tmp/VERSIONS" <<EOF
kubernetes $k8s_version
etcd $etcd_version
kwok $kwok_version
go $go_version $platform CGO_ENABLED=$cgo
built $(date -u +%Y-%m-%dT%H:%M:%SZ) in $(elapsed)
EOF
rm -rf "$bin"
mv "$tmp" "$bin"
say "built in $(elapsed): $bin ($(du -sh "$bin" | cut -f1))"

# Older builds (other versions or module contents) are dead weight: remove those no build holds.
for old in "$cache_root"/k8s-*; do
  [[ $old == "$dir" || ! -d $old ]] && continue
  if ! command -v flock >/dev/null 2>&1 || flock -n "$old/lock" true 2>/dev/null || [[ ! -e $old/lock ]]; then
    rm -rf "$old"
    say "removed an older build: $old"
  fi
done
