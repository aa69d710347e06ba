/** Figures as people read them on the dashboard and the apps list. Pure, so they are unit tested. */

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en");

/** 950 → "950", 12_300 → "12.3K"; whole numbers below 10 000 keep every digit. */
export function formatCount(n: number): string {
  return n < 10_000 ? whole.format(n) : compact.format(n);
}

/** 4 → "4 ms", 1234 → "1.23 s", 61_000 → "61 s". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  if (ms < 1) return "<1 ms";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.round(ms / 1000)} s`;
}

/** A 0..1 ratio as a percentage: 0 → "0%", 0.0042 → "0.42%", 0.5 → "50%". */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  const pct = ratio * 100;
  if (pct === 0) return "0%";
  if (pct < 0.01) return "<0.01%";
  if (pct < 10) return `${Number(pct.toFixed(2))}%`;
  return `${Number(pct.toFixed(1))}%`;
}

/** 512 → "512 B", 2048 → "2 KB", 5_300_000 → "5.1 MB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "—";
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}
