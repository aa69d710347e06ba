import { createHash, randomBytes } from "node:crypto";

/** 256 bits of randomness, URL-safe. The token is shown once; only its SHA-256 is stored. */
export function newToken(prefix: "kiln_s" | "kiln_t"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function tokenId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const SESSION_COOKIE = "kiln_session";
export const COOKIE_SESSION_DAYS = 30;
export const API_TOKEN_DAYS = 365;
