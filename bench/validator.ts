import { getValidator } from "../lib/validator/node";
import { APP, BIG_CHUNK as CHUNK } from "../lib/validator/test-helpers";
import { median, percentile } from "./stats";

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
