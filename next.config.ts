import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native or wasm-loading packages stay outside the server bundle.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "@prisma/adapter-libsql",
    "@node-rs/argon2",
    "web-tree-sitter",
    "pg",
    "@kubernetes/client-node",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
