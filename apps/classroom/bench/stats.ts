/**
 * Timing and printing helpers for bench/relay.ts, the same as crypto-demo's
 * bench/harness.ts (copied: a workspace does not import another's bench files).
 */

/** A percentile (0–100) of a list of numbers (the list is sorted in place). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  values.sort((a, b) => a - b);
  const index = Math.min(
    values.length - 1,
    Math.max(0, Math.round((p / 100) * (values.length - 1))),
  );
  return values[index] as number;
}

/** The median of a list of numbers (the list is sorted in place). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/** A duration in milliseconds, printed in µs below 1 ms and in ms above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  const abs = Math.abs(ms);
  if (abs < 1) return `${(ms * 1000).toFixed(abs < 0.01 ? 2 : 1)} µs`;
  if (abs < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

/** A byte count in MiB with one decimal (KiB below 1 MiB). */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 2 ** 20) return `${(bytes / 2 ** 10).toFixed(0)} KiB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** A plain-text table with a header row and right-aligned cells (but the first column). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `PASS` or `FAIL`. */
export function verdict(ok: boolean): 'PASS' | 'FAIL' {
  return ok ? 'PASS' : 'FAIL';
}
