/**
 * Per-app logs: a ring buffer of the last 1000 lines in memory, and the same lines appended to
 * logs/app.log as JSON lines (one LogLine per line), rotated to app.log.1 at 5 MB, so the tail
 * survives a Kiln restart. Writes are batched and serialized on one promise chain; readers that
 * need the file take their turn on the same chain, so a tail never misses or repeats a line.
 * Followers subscribe to an EventEmitter: no polling.
 */
import { EventEmitter } from "node:events";
import fs from "node:fs/promises";
import path from "node:path";
import { tailFile } from "@/server/runtime/local/log-file";
import { AsyncQueue } from "@/server/runtime/queue";
import type { LogLine } from "@/server/runtime/types";

const RING_SIZE = 1000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_TEXT = 16 * 1024;

interface Entry {
  seq: number;
  line: LogLine;
}

export interface ReadOptions {
  tail?: number;
  since?: Date;
  follow?: boolean;
  signal?: AbortSignal;
}

export class AppLog {
  private seq = 0;
  private writtenSeq = 0;
  private ring: Entry[] = [];
  private pending: Entry[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private flushQueued = false;
  private size: number | undefined;
  private readonly events = new EventEmitter().setMaxListeners(0);
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly maxFileBytes = MAX_FILE_BYTES,
  ) {}

  private get file(): string {
    return path.join(this.dir, "app.log");
  }

  append(stream: LogLine["stream"], text: string): void {
    if (this.closed) return;
    const clipped = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… [line truncated]` : text;
    const entry: Entry = { seq: ++this.seq, line: { ts: new Date().toISOString(), stream, text: clipped } };
    this.ring.push(entry);
    if (this.ring.length > RING_SIZE * 1.25) this.ring = this.ring.slice(-RING_SIZE);
    this.pending.push(entry);
    this.events.emit("line", entry);
    if (!this.flushQueued) {
      this.flushQueued = true;
      void this.serial(() => this.flush());
    }
  }

  /** The last `n` lines in memory, as text (for DeployFailure.lastLines). */
  lastLines(n: number): string[] {
    return this.ring.slice(-n).map((e) => e.line.text);
  }

  /** Wait until every appended line is on disk. */
  drain(): Promise<unknown> {
    return this.serial(() => this.flush());
  }

  /** Stop accepting lines and end every follower. */
  async close(): Promise<void> {
    await this.drain();
    this.closed = true;
    this.events.emit("close");
  }

  async *read(o: ReadOptions): AsyncGenerator<LogLine> {
    const limit = o.tail ?? (o.since ? 10_000 : RING_SIZE);
    const queue = new AsyncQueue<Entry>();
    const onLine = (e: Entry) => queue.push(e);
    const onEnd = () => queue.end();
    if (o.follow && !this.closed) {
      this.events.on("line", onLine);
      this.events.once("close", onEnd);
      o.signal?.addEventListener("abort", onEnd, { once: true });
    }
    try {
      const snap = await this.snapshot(limit, o.since);
      for (const line of snap.lines) yield line;
      if (!o.follow || o.signal?.aborted || this.closed) return;
      for await (const e of queue) if (e.seq > snap.seq) yield e.line;
    } finally {
      this.events.off("line", onLine);
      this.events.off("close", onEnd);
      o.signal?.removeEventListener("abort", onEnd);
    }
  }

  /** The last `limit` lines (since `since`) and the sequence number they run up to. */
  private snapshot(limit: number, since?: Date): Promise<{ lines: LogLine[]; seq: number }> {
    const sinceMs = since?.getTime();
    const inRing = this.ring.filter((e) => sinceMs === undefined || Date.parse(e.line.ts) >= sinceMs);
    const oldest = this.ring[0];
    const ringCoversSince = sinceMs !== undefined && oldest !== undefined && Date.parse(oldest.line.ts) < sinceMs;
    if (limit <= 0) return Promise.resolve({ lines: [], seq: this.seq });
    if (inRing.length >= limit || ringCoversSince) {
      return Promise.resolve({ lines: inRing.slice(-limit).map((e) => e.line), seq: this.seq });
    }
    return this.serial(async () => {
      await this.flush();
      const recent = await tailFile(this.file, limit, since);
      let lines = recent.lines;
      if (!recent.satisfied) {
        const older = await tailFile(`${this.file}.1`, limit - lines.length, since);
        lines = [...older.lines, ...lines];
      }
      return { lines: lines.slice(-limit), seq: this.writtenSeq };
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const data = batch.map((e) => `${JSON.stringify(e.line)}\n`).join("");
    const bytes = Buffer.byteLength(data);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      this.size ??= await fs.stat(this.file).then(
        (s) => s.size,
        () => 0,
      );
      if (this.size > 0 && this.size + bytes > this.maxFileBytes) {
        await fs.rename(this.file, `${this.file}.1`);
        this.size = 0;
      }
      await fs.appendFile(this.file, data, "utf8");
      this.size += bytes;
    } catch {
      // The disk refused (removed app, full disk): the lines stay in the ring; keep serving.
      this.size = undefined;
    }
    this.writtenSeq = batch[batch.length - 1]?.seq ?? this.writtenSeq;
  }
}

/** One AppLog per app, created on first use. */
export class LogStore {
  private readonly logs = new Map<string, AppLog>();

  constructor(private readonly dirOf: (appId: string) => string) {}

  get(appId: string): AppLog {
    let log = this.logs.get(appId);
    if (!log) {
      log = new AppLog(this.dirOf(appId));
      this.logs.set(appId, log);
    }
    return log;
  }

  async remove(appId: string): Promise<void> {
    const log = this.logs.get(appId);
    this.logs.delete(appId);
    await log?.close();
  }

  async drainAll(): Promise<void> {
    await Promise.all([...this.logs.values()].map((l) => l.drain()));
  }
}
