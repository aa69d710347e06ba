# Kiln itself, for a cluster (KILN_RUNTIME=kubernetes; docs/kubernetes.md).
#
#   docker build -t kiln:0.1.0 .                       (the build context is the repository root)
#
# The image serves UI, API and gateway on port 3000 as uid/gid 10001 and writes only to /tmp and
# KILN_DATA_DIR (/var/lib/kiln): the UI is built here, so a start never builds or writes into /app.
# Platform state is PostgreSQL (DATABASE_URL=postgresql://…): replicas share it, and SQLite in a
# pod would live in an emptyDir. Apps run from the runner image (runner/Dockerfile); this image
# has no Python, so the local runtime does not work in it.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: install, generate the Prisma clients, build the UI, drop dev dependencies ----------
FROM ${NODE_IMAGE} AS build
WORKDIR /app

# The Prisma CLI runs on its WASM engines (scripts/prisma.mjs); pointing the native engine
# variables at the stub also stops @prisma/engines from downloading native engines at install.
ENV NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    PRISMA_SCHEMA_ENGINE_BINARY=/app/scripts/engine-stub.sh \
    PRISMA_QUERY_ENGINE_LIBRARY=/app/scripts/engine-stub.sh \
    npm_config_update_notifier=false

# Dependencies first, so this layer is reused while only sources change. postinstall generates
# the Prisma clients and copies the validator's WebAssembly, hence prisma/ and scripts/.
# `npm install` and not `npm ci`: package-lock.json lacks other platforms' optional packages
# (@biomejs/cli-*, …), which `npm ci` refuses; every version it does list is still installed.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm install --no-audit --no-fund

COPY . .
# The command below (CMD) must stay the one `npm start` runs: fail the build if they drift.
RUN test "$(node -p 'require("./package.json").scripts.start')" = \
        "node --import tsx --import ./scripts/server-only-hook.mjs scripts/start.ts" \
    || { echo 'package.json "start" changed: update CMD in the Dockerfile' >&2; exit 1; }
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache tests e2e bench

# --- final -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE}

RUN groupadd --gid 10001 kiln \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /tmp \
        --shell /usr/sbin/nologin kiln \
 && mkdir -p /var/lib/kiln \
 && chown 10001:10001 /var/lib/kiln

WORKDIR /app
# Owned by root and not writable by the server: the app directory is read-only at run time.
COPY --from=build /app /app
# scripts/start.ts rebuilds the UI when a source file is newer than .next/BUILD_ID; whatever
# mtimes the copy kept, the build is newer than every source in this image.
RUN touch /app/.next/BUILD_ID

ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOME=/tmp \
    PORT=3000 \
    HOST=0.0.0.0 \
    KILN_DATA_DIR=/var/lib/kiln \
    KILN_RUNTIME=kubernetes

# Numeric, so the kubelet can check runAsNonRoot against the image.
USER 10001:10001
EXPOSE 3000
# What `npm start` runs, without npm in between: node is PID 1 and receives SIGTERM itself
# (scripts/start.ts closes the server and the runtime on it), and no npm log is written.
CMD ["node", "--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/start.ts"]
