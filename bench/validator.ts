import { getValidator } from "../lib/validator/node";
import { median, percentile } from "./stats";

const APP = "from fastapi import FastAPI\n\napp = FastAPI()\n\n";
const CHUNK = [
  "@app.get('/items/{item_id}')",
  "async def read_item(item_id: int, q: str | None = None) -> dict[str, object]:",
  "    data = {'id': item_id, 'q': q, 'tags': [t.upper() for t in ('a', 'b') if t]}",
  "    if (n := len(data)) > 2:",
  "        return {**data, 'n': n}",
  "    return data",
  "",
].join("\n");

/** Time to validate one dense file at the 100 KB limit (what the editor pays per keystroke pause). */
export async function validatorSpeed(runs = 20) {
  const validator = await getValidator();
  const source = `${APP}${CHUNK.repeat(Math.floor((100 * 1024 - APP.length) / (CHUNK.length + 1)))}`;
  validator.validate({ "app.py": source }); // warm-up: V8 optimises the wasm on first use
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = validator.validate({ "app.py": source });
    samples.push(performance.now() - t0);
    if (!r.ok) throw new Error(`benchmark source is invalid: ${JSON.stringify(r.errors[0])}`);
  }
  return { median: median(samples), p95: percentile(samples, 95), bytes: source.length };
}
