/**
 * #4: the data explorer's keyset paging through the REST API — latency of page 1 and of a deep
 * page (5,000 with pages of 100: the cursor is walked there first, then that same request is
 * timed), p50/p95 over 50 requests each. A keyset page costs the same wherever it starts; a
 * `skip` page would grow with its depth.
 *
 * The collection must exist: `seedCollection` fills one (insertMany, batches of 10,000) and
 * reports its rate; SecantusDB inserts only ~2k documents/s, so 1,000,000 takes a while there.
 * N: KILN_BENCH_EXPLORER_DOCS, else 1,000,000 against a real MongoDB (MONGODB_URL) and 10,000
 * against SecantusDB, the test server, which answers every find by scanning and sorting the whole
 * collection in Python (~0.06 ms per document and request): 1,000,000 there would take ~60 s per
 * page and ~5 hours for the run, measuring SecantusDB rather than Kiln.
 *
 * Standalone: `node --import tsx --import ./scripts/server-only-hook.mjs bench/explorer.ts`
 * (starts a SecantusDB, or uses MONGODB_URL, and a Kiln; N from KILN_BENCH_EXPLORER_DOCS).
 */
import { pathToFileURL } from "node:url";
import { MongoClient } from "mongodb";
import { startKiln } from "../tests/support/kiln-process";
import { startMongo } from "../tests/support/mongo";
import { fmt, percentile } from "./stats";

export const EXPLORER_PAGE_SIZE = 100;
export const EXPLORER_DEEP_PAGE = 5000;
const SAMPLES = 50;
const BATCH = 10_000;

/** Documents to seed: KILN_BENCH_EXPLORER_DOCS, else 1,000,000 on a real MongoDB and 10,000 on SecantusDB. */
export function explorerBenchDocs(): number {
  const n = Number(process.env.KILN_BENCH_EXPLORER_DOCS ?? (process.env.MONGODB_URL ? 1_000_000 : 10_000));
  if (!Number.isInteger(n) || n < 1) throw new Error("KILN_BENCH_EXPLORER_DOCS must be a positive integer");
  return n;
}

export interface SeedResult {
  docs: number;
  seconds: number;
  docsPerSecond: number;
}

/** Inserts `n` small documents into db.coll in batches of 10,000 (as root, straight to MongoDB) and reports the rate. */
export async function seedCollection(mongoUrl: string, db: string, coll: string, n: number): Promise<SeedResult> {
  const client = new MongoClient(mongoUrl);
  const started = performance.now();
  try {
    const col = client.db(db).collection(coll);
    for (let from = 0; from < n; from += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, n - from) }, (_, k) => {
        const i = from + k;
        return { i, name: `document ${i}`, group: i % 100, at: new Date(1_767_225_600_000 + i * 1000), score: (i * 7919) % 1000 };
      });
      await col.insertMany(batch, { ordered: false });
      const done = Math.min(n, from + BATCH);
      if (done % 100_000 === 0 || done === n) {
        const s = (performance.now() - started) / 1000;
        console.log(`  seeded ${done.toLocaleString("en")} / ${n.toLocaleString("en")} documents (${(done / s).toFixed(0)} docs/s)`);
      }
    }
  } finally {
    await client.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { docs: n, seconds, docsPerSecond: n / seconds };
}

export interface Latency {
  p50: number;
  p95: number;
  samples: number[];
}

export interface PagingResult {
  page1: Latency;
  /** The page timed as "deep": 5,000, or the collection's last page when it has fewer. */
  deepPage: number;
  deep: Latency;
  /** Time to walk the cursor from page 1 to the deep page (not part of the latencies). */
  walkSeconds: number;
}

async function page(url: string, token: string): Promise<{ ms: number; nextCursor: string | null }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { nextCursor?: string | null; error?: { message: string } };
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${body.error?.message}`);
  return { ms, nextCursor: body.nextCursor ?? null };
}

async function latency(url: string, token: string): Promise<Latency> {
  const samples: number[] = [];
  for (let k = 0; k < SAMPLES; k++) samples.push((await page(url, token)).ms);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

/** Page 1 and page 5,000 (pages of 100, default _id order) of an existing collection, through GET …/documents. */
export async function explorerPaging(kilnUrl: string, token: string, db: string, collection: string): Promise<PagingResult> {
  const base = `${kilnUrl}/api/v1/databases/${encodeURIComponent(db)}/collections/${encodeURIComponent(collection)}/documents?limit=${EXPLORER_PAGE_SIZE}`;
  const page1 = await latency(base, token);
  const walkStarted = performance.now();
  let url = base;
  let deepPage = 1;
  while (deepPage < EXPLORER_DEEP_PAGE) {
    const { nextCursor } = await page(url, token);
    if (!nextCursor) break;
    url = `${base}&after=${encodeURIComponent(nextCursor)}`;
    deepPage++;
  }
  const walkSeconds = (performance.now() - walkStarted) / 1000;
  return { page1, deepPage, deep: await latency(url, token), walkSeconds };
}

export function printExplorerBench(seed: SeedResult, r: PagingResult, server: string): void {
  console.log(
    `  explorer: ${seed.docs.toLocaleString("en")} documents on ${server}, seeded in ${seed.seconds.toFixed(1)} s (${seed.docsPerSecond.toFixed(0)} docs/s)`,
  );
  console.log(
    `  explorer page 1 (100 docs)                 p50 ${fmt(r.page1.p50)}  p95 ${fmt(r.page1.p95)}  (n=${r.page1.samples.length})`,
  );
  console.log(
    `  explorer page ${r.deepPage.toLocaleString("en")} (100 docs)             p50 ${fmt(r.deep.p50)}  p95 ${fmt(r.deep.p95)}  (n=${r.deep.samples.length}; walked there in ${r.walkSeconds.toFixed(1)} s)`,
  );
  console.log(`  ratio deep page / page 1 (p50)             ${(r.deep.p50 / r.page1.p50).toFixed(2)}×`);
}

/** Seeds a collection in a fresh Kiln's user database and measures paging through the API. */
export async function explorerBench(): Promise<{ seed: SeedResult; paging: PagingResult; server: string }> {
  const n = explorerBenchDocs();
  const server = process.env.MONGODB_URL ? "MONGODB_URL" : "SecantusDB";
  const mongo = await startMongo();
  const kiln = await startKiln({ env: { MONGODB_URL: mongo.url } });
  try {
    const res = await fetch(`${kiln.url}/api/v1/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "benchexplorer", password: "bench-explorer-password" }),
    });
    const { token, user } = (await res.json()) as { token: string; user: { id: string } };
    const db = `kiln_u_${user.id}`;
    const seed = await seedCollection(mongo.url, db, "bench", n);
    return { seed, paging: await explorerPaging(kiln.url, token, db, "bench"), server };
  } finally {
    await kiln.stop();
    await mongo.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  explorerBench()
    .then((r) => printExplorerBench(r.seed, r.paging, r.server))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
