#!/usr/bin/env bash
# Draft: build + start a real Kubernetes control plane (etcd + kube-apiserver +
# kube-controller-manager + kube-scheduler) and kwok (fake kubelets) using ONLY
# the Go module proxy (and optionally Debian apt for etcd/kubectl). No Docker,
# no GitHub releases, no GCS.
#
#   ./setup.sh build     # ~10-14 min on 2 cores from an empty Go cache
#   ./setup.sh start     # ~10 s until /readyz
#   ./setup.sh stop
#
# Env: K8S_VERSION (default v1.37.2), KWOK_VERSION (v0.8.0), LAB (/tmp/k8s-lab)
set -euo pipefail
K8S_VERSION=${K8S_VERSION:-v1.37.2}
STAGING_VERSION=v0.${K8S_VERSION#v1.}          # v1.37.2 -> v0.37.2
KWOK_VERSION=${KWOK_VERSION:-v0.8.0}
LAB=${LAB:-/tmp/k8s-lab}
BIN=$LAB/bin RUN=$LAB/run SRC=$LAB/k8s
export GOFLAGS=-modcacherw GOWORK=off
TOKEN=${KILN_K8S_TOKEN:-kiln-admin-token}
PORT=${KILN_K8S_PORT:-6443}

build() {
  mkdir -p "$BIN"
  # 1. k8s.io/kubernetes source from the module proxy (zip has no ./staging, no vendor)
  local dir
  dir=$(go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | python3 -c 'import json,sys;print(json.load(sys.stdin)["Dir"])')
  rm -rf "$SRC"; cp -r "$dir" "$SRC"; chmod -R u+w "$SRC"
  cd "$SRC"
  rm -f go.work go.work.sum
  # 2. drop "k8s.io/x => ./staging/src/k8s.io/x" replaces, pin the published staging modules
  sed -i -E '/=> \.\/staging\//d' go.mod
  sed -i -E "s#^(\s+k8s\.io/[a-z0-9-]+) v0\.0\.0\$#\1 $STAGING_VERSION#" go.mod
  # 3. etcd server from go.etcd.io/etcd/server/v3 (already in this module graph)
  mkdir -p cmd/kiln-etcd
  cat > cmd/kiln-etcd/main.go <<'GO'
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
GO
  local minor=${K8S_VERSION#v1.}; minor=${minor%%.*}
  local ld="-s -w -X k8s.io/component-base/version.gitVersion=$K8S_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean"
  go build -mod=mod -ldflags="$ld" -o "$BIN/" ./cmd/kube-apiserver ./cmd/kube-controller-manager ./cmd/kube-scheduler ./cmd/kiln-etcd
  # 4. kwok (fake nodes/kubelets) + its stage definitions
  GOBIN=$BIN go install -ldflags='-s -w' "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION"
  local kdir S
  kdir=$(go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | python3 -c 'import json,sys;print(json.load(sys.stdin)["Dir"])')
  S=$kdir/kustomize/stage
  for f in $S/node/fast/node-initialize.yaml $S/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
           $S/pod/fast/pod-ready.yaml $S/pod/fast/pod-complete.yaml $S/pod/fast/pod-delete.yaml; do
    echo '---'; cat "$f"; done > "$BIN/kwok-stages.yaml"
}

certs() {
  mkdir -p "$RUN/pki"; cd "$RUN/pki"
  [ -f ca.crt ] && return 0
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 365 -subj "/CN=kiln-test-ca" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout apiserver.key -out apiserver.csr -subj "/CN=kube-apiserver" 2>/dev/null
  printf "subjectAltName=DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,IP:127.0.0.1,IP:10.96.0.1\nextendedKeyUsage=serverAuth\n" > ext.cnf
  openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out apiserver.crt -days 365 -extfile ext.cnf 2>/dev/null
  openssl genrsa -out sa.key 2048 2>/dev/null
  openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
}

start() {
  certs
  cd "$RUN"
  echo "$TOKEN,kiln-admin,kiln-admin,system:masters" > tokens.csv
  cat > kubeconfig <<KC
apiVersion: v1
kind: Config
clusters:
- name: local
  cluster: {server: "https://127.0.0.1:$PORT", certificate-authority: "$RUN/pki/ca.crt"}
users:
- name: admin
  user: {token: "$TOKEN"}
contexts:
- name: local
  context: {cluster: local, user: admin}
current-context: local
KC
  export KUBECONFIG=$RUN/kubeconfig
  rm -rf "$RUN/etcd-data"
  "$BIN/kiln-etcd" --data-dir "$RUN/etcd-data" --listen-client-urls http://127.0.0.1:2379 \
    --advertise-client-urls http://127.0.0.1:2379 --listen-peer-urls http://127.0.0.1:2380 \
    --unsafe-no-fsync --quota-backend-bytes=1073741824 > etcd.log 2>&1 & echo $! > etcd.pid
  "$BIN/kube-apiserver" \
    --etcd-servers=http://127.0.0.1:2379 \
    --bind-address=127.0.0.1 --secure-port=$PORT --advertise-address=127.0.0.1 \
    --endpoint-reconciler-type=none \
    --cert-dir=$RUN/apiserver-certs \
    --tls-cert-file=$RUN/pki/apiserver.crt --tls-private-key-file=$RUN/pki/apiserver.key \
    --client-ca-file=$RUN/pki/ca.crt \
    --token-auth-file=$RUN/tokens.csv \
    --authorization-mode=RBAC \
    --service-account-issuer=https://kubernetes.default.svc \
    --service-account-key-file=$RUN/pki/sa.pub \
    --service-account-signing-key-file=$RUN/pki/sa.key \
    --service-cluster-ip-range=10.96.0.0/16 \
    --allow-privileged=true > apiserver.log 2>&1 & echo $! > apiserver.pid
  for _ in $(seq 1 120); do
    curl -sfk -H "Authorization: Bearer $TOKEN" "https://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.5
  done
  curl -sfk -H "Authorization: Bearer $TOKEN" "https://127.0.0.1:$PORT/readyz" >/dev/null || { tail -20 apiserver.log; echo "kube-apiserver not ready" >&2; exit 1; }
  "$BIN/kube-controller-manager" --kubeconfig=$RUN/kubeconfig \
    --authentication-kubeconfig=$RUN/kubeconfig --authorization-kubeconfig=$RUN/kubeconfig \
    --bind-address=127.0.0.1 --secure-port=10257 --leader-elect=false \
    --service-account-private-key-file=$RUN/pki/sa.key --root-ca-file=$RUN/pki/ca.crt \
    --use-service-account-credentials=false --cluster-name=kiln-test \
    --service-cluster-ip-range=10.96.0.0/16 --controllers='*' > kcm.log 2>&1 & echo $! > kcm.pid
  "$BIN/kube-scheduler" --kubeconfig=$RUN/kubeconfig \
    --authentication-kubeconfig=$RUN/kubeconfig --authorization-kubeconfig=$RUN/kubeconfig \
    --bind-address=127.0.0.1 --secure-port=10259 --leader-elect=false > scheduler.log 2>&1 & echo $! > scheduler.pid
  "$BIN/kwok" -c "$BIN/kwok-stages.yaml" --kubeconfig=$RUN/kubeconfig \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --cidr=10.244.0.0/16 --node-ip=10.240.0.1 --node-lease-duration-seconds=40 > kwok.log 2>&1 & echo $! > kwok.pid
  # one fake node (kwok marks it Ready and runs its pods through Pending->Running->Ready)
  curl -sfk -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    "https://127.0.0.1:$PORT/api/v1/nodes" -d '{
      "apiVersion":"v1","kind":"Node",
      "metadata":{"name":"kwok-node-0","annotations":{"kwok.x-k8s.io/node":"fake","node.alpha.kubernetes.io/ttl":"0"},
                  "labels":{"kubernetes.io/hostname":"kwok-node-0","kubernetes.io/os":"linux","kubernetes.io/arch":"amd64","type":"kwok"}},
      "status":{"allocatable":{"cpu":"32","memory":"256Gi","pods":"110"},"capacity":{"cpu":"32","memory":"256Gi","pods":"110"}}}' >/dev/null
  echo "KUBECONFIG=$RUN/kubeconfig"
}

stop() {
  cd "$RUN" 2>/dev/null || return 0
  for p in kwok scheduler kcm apiserver etcd; do
    [ -f $p.pid ] && kill "$(cat $p.pid)" 2>/dev/null || true; rm -f $p.pid
  done
}

"${1:-start}"
