#!/usr/bin/env bash
# Starts Kiln's Kubernetes test cluster in the background: etcd, kube-apiserver,
# kube-controller-manager, kube-scheduler and kwok with one fake Node ("kwok-node-0"), so
# Deployments get ReplicaSets and Pods that turn Running and Ready (no container runs).
# Prints exactly one line on stdout, `KUBECONFIG=<path>` (an admin in system:masters);
# progress goes to stderr. Idempotent: when the cluster is already up it prints the line again.
# Builds the binaries first (build.sh) when they are missing.
#
# Env:
#   KILN_K8S_TEST_DIR        state dir (default $HOME/.cache/kiln/k8s-test-run); down.sh removes it
#   KILN_K8S_API_PORT        kube-apiserver port (default 36443)
#   KILN_K8S_ETCD_PORT       etcd client port (default 36379)
#   KILN_K8S_ETCD_PEER_PORT  etcd peer port (default etcd port + 1)
#   KILN_K8S_KWOK_PORT       kwok's kubelet server port, serving pod logs (default 36250)
#   KILN_K8S_NO_BUILD=1      fail instead of building when the binaries are missing
#   KILN_K8S_OWNER_PID       stop the cluster (down.sh) when this process exits (tests)
#
# In the state dir: kubeconfig, audit.log (every request, Metadata level), logs/*.log,
# pod-logs/ (see README.md, "Pod logs"), pki/, cluster.env.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=$(realpath -m "${KILN_K8S_TEST_DIR:-$HOME/.cache/kiln/k8s-test-run}")
api_port=${KILN_K8S_API_PORT:-36443}
etcd_port=${KILN_K8S_ETCD_PORT:-36379}
etcd_peer_port=${KILN_K8S_ETCD_PEER_PORT:-$((etcd_port + 1))}
kwok_port=${KILN_K8S_KWOK_PORT:-36250}
node=kwok-node-0
components=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok)

say() { echo "[k8s-test-cluster] $*" >&2; }
die() {
  say "$*"
  exit 1
}
t0=$(date +%s%N)
elapsed() { local ms=$((($(date +%s%N) - t0) / 1000000)); printf '%d.%ds' $((ms / 1000)) $((ms % 1000 / 100)); }

# --- binaries -----------------------------------------------------------------------------
bin=$(bash "$here/build.sh" --print-bin)
if ! bash "$here/build.sh" --check; then
  [[ ${KILN_K8S_NO_BUILD:-} == 1 ]] &&
    die "binaries missing in $bin: run \`npm run cluster:build\` first (about 25 min on 2 cores when cold)"
  bash "$here/build.sh" >&2
fi

# --- already up? ----------------------------------------------------------------------------
# A pid file counts only if its process is alive and its command line names a path in this
# state dir (every component gets some), so a reused PID is never taken for ours.
alive() {
  local pid
  pid=$(cat "$state/pids/$1.pid" 2>/dev/null) || return 1
  [[ -r /proc/$pid/cmdline ]] && tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qF -- "$state/"
}
api() { # api METHOD PATH [JSON]: call the apiserver as the admin, print the body
  curl -sS --fail-with-body --max-time 10 --cacert "$state/pki/ca.crt" \
    -H "Authorization: Bearer $(cat "$state/admin.token")" -H 'Content-Type: application/json' \
    -X "$1" "https://127.0.0.1:$(cat "$state/api.port")$2" ${3:+--data "$3"}
}
ready() { api GET /readyz >/dev/null 2>&1; }
k() { "$bin/kubectl" --kubeconfig="$state/kubeconfig" "$@"; }

if [[ -d $state/pids ]]; then
  up=1
  for c in "${components[@]}"; do alive "$c" || up=0; done
  if [[ $up == 1 && -f $state/kubeconfig ]] && ready; then
    say "already up ($state)"
    echo "KUBECONFIG=$state/kubeconfig"
    exit 0
  fi
  say "stale or partial cluster in $state: stopping it first"
  KILN_K8S_TEST_DIR=$state bash "$here/down.sh" >&2
fi

for p in "$api_port" "$etcd_port" "$etcd_peer_port" "$kwok_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    die "port $p is in use; pick others with KILN_K8S_API_PORT / KILN_K8S_ETCD_PORT / KILN_K8S_ETCD_PEER_PORT / KILN_K8S_KWOK_PORT"
  fi
done

# --- state: certificates, tokens, kubeconfigs, audit policy ---------------------------------
say "starting in $state (apiserver on 127.0.0.1:$api_port)"
# On failure, stop what started and keep the state dir for its logs (down.sh removes it).
trap 'rc=$?; if [[ $rc != 0 ]]; then KILN_K8S_TEST_DIR=$state bash "$here/down.sh" --keep-state >&2; say "logs kept in $state/logs"; fi' EXIT
mkdir -p "$state"/{pki,pids,logs,kubeconfigs,pod-logs}
touch "$state/.kiln-k8s-test-run" # down.sh removes only a directory carrying this marker
echo "$api_port" >"$state/api.port"
pki=$state/pki
ec() { openssl ecparam -genkey -name prime256v1 -noout -out "$1" 2>/dev/null; }
# sign NAME CN EXTENSIONS: a certificate signed by the cluster CA
sign() {
  ec "$pki/$1.key"
  openssl req -new -key "$pki/$1.key" -subj "/CN=$2" -out "$pki/$1.csr" 2>/dev/null
  printf '%s\n' "$3" >"$pki/$1.ext"
  openssl x509 -req -in "$pki/$1.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
    -days 3650 -extfile "$pki/$1.ext" -out "$pki/$1.crt" 2>/dev/null
}
ec "$pki/ca.key"
openssl req -x509 -new -key "$pki/ca.key" -subj "/CN=kiln-test-ca" -days 3650 -out "$pki/ca.crt" 2>/dev/null
sign apiserver kube-apiserver "subjectAltName=DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:127.0.0.1,IP:10.96.0.1
extendedKeyUsage=serverAuth"
# The apiserver's client certificate towards kubelets (kwok's server: pod logs).
sign apiserver-kubelet-client kube-apiserver-kubelet-client "extendedKeyUsage=clientAuth"
sign kwok-serving "$node" "subjectAltName=DNS:$node,DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth"
ec "$pki/sa.key"
openssl ec -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null

token() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }
: >"$state/tokens.csv"
kubeconfig() { # kubeconfig FILE USER TOKEN
  cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: kiln-test
  cluster:
    server: https://127.0.0.1:$api_port
    certificate-authority: $pki/ca.crt
users:
- name: $2
  user:
    token: $3
contexts:
- name: kiln-test
  context:
    cluster: kiln-test
    user: $2
current-context: kiln-test
EOF
}
# Static tokens: the admin and each component get their own user, so the audit log tells them
# apart; all are in system:masters.
for u in kiln-admin kube-controller-manager kube-scheduler kwok; do
  t=$(token)
  name=$u
  [[ $u == kube-* ]] && name=system:$u
  echo "$t,$name,$u,system:masters" >>"$state/tokens.csv"
  if [[ $u == kiln-admin ]]; then
    echo "$t" >"$state/admin.token"
    kubeconfig "$state/kubeconfig.partial" "$name" "$t"
  else
    kubeconfig "$state/kubeconfigs/$u" "$name" "$t"
  fi
done
chmod 600 "$state/tokens.csv" "$state/admin.token" "$state/kubeconfig.partial"

cat >"$state/audit-policy.yaml" <<'EOF'
apiVersion: audit.k8s.io/v1
kind: Policy
# Every request, with who, verb, resource and response code, but no bodies. RequestReceived is
# left out so a request has one event (two for watches: ResponseStarted, ResponseComplete).
omitStages: ["RequestReceived"]
rules:
- level: Metadata
EOF

cat >"$state/cluster.env" <<EOF
KILN_K8S_API_PORT=$api_port
KILN_K8S_ETCD_PORT=$etcd_port
KILN_K8S_ETCD_PEER_PORT=$etcd_peer_port
KILN_K8S_KWOK_PORT=$kwok_port
KILN_K8S_BIN=$bin
EOF

# --- processes ------------------------------------------------------------------------------
# Each runs in its own session (setsid) with no tie to our stdio, so the caller may exit and
# a caller that reads our stdout is not kept waiting by the children.
launch() {
  local name=$1
  shift
  setsid "$@" >"$state/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$state/pids/$name.pid"
}
check() { # fail with the component's log when it died
  for c in "$@"; do
    alive "$c" && continue
    tail -n 25 "$state/logs/$c.log" >&2 || true
    die "$c exited; log: $state/logs/$c.log"
  done
}
wait_for() { # wait_for WHAT SECONDS COMMAND...: poll every 0.2 s while the components live
  local what=$1 deadline=$(($(date +%s) + $2))
  shift 2
  until "$@" >/dev/null 2>&1; do
    check "${components[@]:0:$started}"
    (($(date +%s) < deadline)) || die "timed out waiting for $what; logs: $state/logs"
    sleep 0.2
  done
}

started=1
launch etcd "$bin/etcd" --name kiln-test --data-dir "$state/etcd" \
  --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
  --listen-peer-urls "http://127.0.0.1:$etcd_peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer_port" \
  --initial-cluster "kiln-test=http://127.0.0.1:$etcd_peer_port" \
  --unsafe-no-fsync --quota-backend-bytes=1073741824 --log-level=warn

started=2
launch kube-apiserver "$bin/kube-apiserver" \
  --etcd-servers="http://127.0.0.1:$etcd_port" \
  --bind-address=127.0.0.1 --secure-port="$api_port" --advertise-address=127.0.0.1 \
  --endpoint-reconciler-type=none \
  --cert-dir="$state/apiserver-certs" \
  --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" \
  --client-ca-file="$pki/ca.crt" \
  --token-auth-file="$state/tokens.csv" \
  --authorization-mode=RBAC \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --service-account-key-file="$pki/sa.pub" \
  --service-account-signing-key-file="$pki/sa.key" \
  --service-cluster-ip-range=10.96.0.0/16 \
  --kubelet-client-certificate="$pki/apiserver-kubelet-client.crt" \
  --kubelet-client-key="$pki/apiserver-kubelet-client.key" \
  --kubelet-certificate-authority="$pki/ca.crt" \
  --kubelet-preferred-address-types=InternalIP \
  --audit-policy-file="$state/audit-policy.yaml" \
  --audit-log-path="$state/audit.log" --audit-log-format=json --audit-log-mode=blocking \
  --audit-log-maxsize=0 \
  --allow-privileged=true --profiling=false
wait_for "kube-apiserver /readyz" 90 ready
say "kube-apiserver ready after $(elapsed)"
mv "$state/kubeconfig.partial" "$state/kubeconfig"

started=3
launch kube-controller-manager "$bin/kube-controller-manager" \
  --kubeconfig="$state/kubeconfigs/kube-controller-manager" \
  --secure-port=0 --leader-elect=false --controllers='*' \
  --service-account-private-key-file="$pki/sa.key" --root-ca-file="$pki/ca.crt" \
  --use-service-account-credentials=false --cluster-name=kiln-test \
  --service-cluster-ip-range=10.96.0.0/16

started=4
launch kube-scheduler "$bin/kube-scheduler" \
  --kubeconfig="$state/kubeconfigs/kube-scheduler" --secure-port=0 --leader-elect=false

# kwok: fake kubelet for Nodes annotated kwok.x-k8s.io/node=fake. Its kubelet server (port
# $kwok_port, the Node's kubeletEndpoint) answers the apiserver's pod-log requests from files
# named by kwok's Logs (one pod) and ClusterLogs (pods by namespace/name) objects; see README.md.
k create -f "$bin/kwok-crds.yaml" >/dev/null
wait_for "kwok's CRDs" 30 k wait --for=condition=Established --timeout=5s crd/logs.kwok.x-k8s.io crd/clusterlogs.kwok.x-k8s.io
started=5
launch kwok "$bin/kwok" -c "$bin/kwok-stages.yaml" --kubeconfig="$state/kubeconfigs/kwok" \
  --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
  --cidr=10.244.0.0/16 --node-ip=127.0.0.1 --node-port="$kwok_port" \
  --node-lease-duration-seconds=40 \
  --server-address="127.0.0.1:$kwok_port" \
  --tls-cert-file="$pki/kwok-serving.crt" --tls-private-key-file="$pki/kwok-serving.key" \
  --enable-crds=Logs,ClusterLogs

if [[ -n ${KILN_K8S_OWNER_PID:-} ]]; then
  # Stops the cluster when the owner (a test process) goes away without calling down.sh.
  setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; KILN_K8S_TEST_DIR="$2" exec bash "$3"' \
    kiln-k8s-watchdog "$KILN_K8S_OWNER_PID" "$state" "$here/down.sh" >"$state/logs/watchdog.log" 2>&1 </dev/null &
  echo $! >"$state/pids/watchdog.pid"
fi

# --- the fake node ---------------------------------------------------------------------------
node_json='{"apiVersion":"v1","kind":"Node","metadata":{"name":"'$node'",
  "annotations":{"kwok.x-k8s.io/node":"fake","node.alpha.kubernetes.io/ttl":"0"},
  "labels":{"kubernetes.io/hostname":"'$node'","kubernetes.io/os":"linux","kubernetes.io/arch":"amd64","type":"kwok"}},
  "status":{"allocatable":{"cpu":"32","memory":"256Gi","pods":"110"},"capacity":{"cpu":"32","memory":"256Gi","pods":"110"}}}'
api POST /api/v1/nodes "$node_json" >/dev/null
node_ready() { [[ $(k get node "$node" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}') == True ]]; }
wait_for "node $node Ready (kwok)" 60 node_ready
# The ServiceAccount controller creates "default" in each namespace: a sign that the
# controller manager runs (pods cannot be created in a namespace before it).
wait_for "ServiceAccount default/default (kube-controller-manager)" 60 k get serviceaccount default -n default

say "up after $(elapsed): node $node Ready; audit log $state/audit.log"
echo "KUBECONFIG=$state/kubeconfig"
