/**
 * The admin's egress allow-list (setting `egressAllowList`): networks apps may reach besides DNS
 * and MongoDB, written into each app's NetworkPolicy by the Kubernetes runtime. An entry is a
 * network in CIDR notation, IPv4 or IPv6, optionally with one TCP port: `10.0.0.0/8`,
 * `203.0.113.7/32:443`, `2001:db8::/32:5432`. Isomorphic: the admin form checks entries with
 * the same code as the server.
 *
 * Entries are held to what the API server takes without doubt: no leading zeros, no bits set
 * after the prefix (`10.1.2.3/8` names neither a network nor one address), no IPv4-mapped IPv6.
 * The parsed CIDR is canonical (IPv6 lowercase and compressed, RFC 5952).
 */

export interface EgressEntry {
  cidr: string;
  /** One TCP port; without it, every port. */
  port?: number;
}

export const MAX_EGRESS_ENTRIES = 50;

export type EgressCheck = { ok: true; entry: EgressEntry } | { ok: false; error: string };

const EXAMPLE = "such as 10.0.0.0/8 or 203.0.113.7/32:443";

function parseIpv4(s: string): number[] | null {
  if (!/^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/.test(s)) return null;
  const bytes = s.split(".").map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** `count` 16-bit groups from "a:b:c" (no "::"), or null. */
function hexGroups(s: string): number[] | null {
  if (s === "") return [];
  const parts = s.split(":");
  return parts.every((p) => /^[0-9a-fA-F]{1,4}$/.test(p)) ? parts.map((p) => Number.parseInt(p, 16)) : null;
}

/** The 16 bytes of an IPv6 address (with an optional dotted IPv4 tail), or null. */
function parseIpv6(s: string): number[] | null {
  let head = s;
  let tail: number[] = [];
  if (s.includes(".")) {
    const at = s.lastIndexOf(":");
    const v4 = parseIpv4(s.slice(at + 1));
    if (at < 0 || !v4) return null;
    tail = [(v4[0] as number) * 256 + (v4[1] as number), (v4[2] as number) * 256 + (v4[3] as number)];
    head = s.endsWith(`::${s.slice(at + 1)}`) ? s.slice(0, at + 1) : s.slice(0, at);
  }
  const want = 8 - tail.length;
  const halves = head.split("::");
  let groups: number[] | null;
  if (halves.length === 1) {
    groups = hexGroups(head);
    if (!groups || groups.length !== want) return null;
  } else if (halves.length === 2) {
    const left = hexGroups(halves[0] as string);
    const right = hexGroups(halves[1] as string);
    if (!left || !right || left.length + right.length > want - 1) return null;
    groups = [...left, ...Array<number>(want - left.length - right.length).fill(0), ...right];
  } else return null;
  return [...groups, ...tail].flatMap((g) => [g >> 8, g & 0xff]);
}

/** RFC 5952: lowercase, no leading zeros, the longest run of two or more zero groups as "::". */
function formatIpv6(bytes: number[]): string {
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] as number) * 256 + (bytes[2 * i + 1] as number));
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(":");
  return `${hex.slice(0, best.at).join(":")}::${hex.slice(best.at + best.len).join(":")}`;
}

function formatIpv4(bytes: number[]): string {
  return bytes.join(".");
}

/** The address with every bit after `prefix` cleared. */
function masked(bytes: number[], prefix: number): number[] {
  return bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - 8 * i));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
}

function problem(entry: string, why: string): EgressCheck {
  return { ok: false, error: `“${entry}”: ${why}` };
}

/** Whether `raw` is an allow-list entry, and what it allows. */
export function checkEgressEntry(raw: string): EgressCheck {
  const entry = raw.trim();
  if (!entry) return { ok: false, error: `Type a network in CIDR notation, ${EXAMPLE}` };
  const m = /^([^/]+)\/(\d+)(?::(\d+))?$/.exec(entry);
  if (!m) {
    const bare = /^(\d[\d.]*?)(?::(\d+))?$/.exec(entry);
    const ip = bare?.[1] ?? entry;
    if (parseIpv4(ip) || parseIpv6(entry)) {
      const one = parseIpv4(ip) ? `${ip}/32${bare?.[2] ? `:${bare[2]}` : ""}` : `${entry}/128`;
      return problem(entry, `a network needs a prefix length; for this one address write ${one}`);
    }
    return problem(entry, `not a network in CIDR notation, ${EXAMPLE}`);
  }
  const [, address = "", prefixText = "", portText] = m;
  const v4 = parseIpv4(address);
  const bytes = v4 ?? parseIpv6(address);
  if (!bytes) return problem(entry, `${address} is not an IPv4 or IPv6 address`);
  const bits = v4 ? 32 : 128;
  const prefix = Number(prefixText);
  if (!/^(0|[1-9]\d*)$/.test(prefixText) || prefix > bits) {
    return problem(entry, `the prefix length of an ${v4 ? "IPv4" : "IPv6"} network is 0 to ${bits}`);
  }
  const format = v4 ? formatIpv4 : formatIpv6;
  if (!v4 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return problem(entry, `write IPv4-mapped addresses as IPv4 (${formatIpv4(bytes.slice(12))}/${Math.max(0, prefix - 96)})`);
  }
  const network = masked(bytes, prefix);
  if (network.some((b, i) => b !== bytes[i])) {
    return problem(
      entry,
      `bits are set after the /${prefix} prefix; write ${format(network)}/${prefix} for the network, or ${format(bytes)}/${bits} for one address`,
    );
  }
  let port: number | undefined;
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^[1-9]\d*$/.test(portText) || port > 65_535) return problem(entry, "the port must be a number from 1 to 65535");
  }
  return { ok: true, entry: { cidr: `${format(bytes)}/${prefix}`, ...(port !== undefined && { port }) } };
}

/** `"10.1.2.3/32:443"` → `{cidr: "10.1.2.3/32", port: 443}`; throws, naming the entry, when it is not one. */
export function parseEgressEntry(s: string): EgressEntry {
  const checked = checkEgressEntry(s);
  if (!checked.ok) throw new Error(checked.error);
  return checked.entry;
}

/** The entry as stored: canonical CIDR, then `:port` when there is one. */
export function formatEgressEntry(e: EgressEntry): string {
  return e.port === undefined ? e.cidr : `${e.cidr}:${e.port}`;
}
