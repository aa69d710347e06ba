import { readCookie } from "@/server/auth/cookies";
import { SESSION_COOKIE } from "@/server/auth/tokens";
import { env } from "@/server/env";
import { PEER_HEADER } from "@/server/http/fetch-bridge";
import { type CurrentUser, userForToken } from "@/server/services/auth";

/** Who is calling and how to answer them; built once per request for tRPC and REST alike. */
export interface Context {
  user: CurrentUser | null;
  /** The raw credential, so logout can revoke exactly this session. */
  token: string | null;
  ip: string;
  secure: boolean;
  resHeaders: Headers;
  /** The browser speaks tRPC and gets a cookie; REST clients get a Bearer token. */
  transport: "trpc" | "rest";
}

export function credentialOf(req: Request): string | null {
  const auth = req.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  return readCookie(req.headers.get("cookie"), SESSION_COOKIE) ?? null;
}

/**
 * The client's address, for the audit log and login rate limits: the socket peer, or with
 * KILN_TRUST_PROXY=1 (Kiln behind a proxy that sets it) the first X-Forwarded-For entry.
 * Never trust the header otherwise: anyone could pick their own address per request.
 */
export function clientIp(req: Request): string {
  const peer = req.headers.get(PEER_HEADER) ?? "unknown";
  if (!env().KILN_TRUST_PROXY) return peer;
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || peer;
}

export async function createContext(req: Request, resHeaders: Headers, transport: Context["transport"]): Promise<Context> {
  const token = credentialOf(req);
  const user = token ? await userForToken(token) : null;
  const secure = req.headers.get("x-forwarded-proto") === "https" || new URL(req.url).protocol === "https:";
  return { user, token, ip: clientIp(req), secure, resHeaders, transport };
}
