import { readCookie } from "@/server/auth/cookies";
import { SESSION_COOKIE } from "@/server/auth/tokens";
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

export async function createContext(req: Request, resHeaders: Headers, transport: Context["transport"]): Promise<Context> {
  const token = credentialOf(req);
  const user = token ? await userForToken(token) : null;
  const fwd = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const secure = req.headers.get("x-forwarded-proto") === "https" || new URL(req.url).protocol === "https:";
  return { user, token, ip: fwd || req.headers.get("x-real-ip") || "unknown", secure, resHeaders, transport };
}
