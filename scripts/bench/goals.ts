/** What "fast enough" means for the editor, and the verdict on one set of measurements. */

export interface Headline {
  /** Next-paint p95 ours/bare on the long article, the worse of end and middle, median of runs. */
  p95Ratio: number;
  /** Sync p50 ours/bare on the long article, the worse of end and middle, median of runs. */
  syncP50Ratio: number;
  /** The same for "done" (the editor finished with the key too): reported, not a goal. */
  doneP50Ratio: number;
  /** Sync p50 ours minus bare in an empty document, median of runs. */
  emptySyncP50DeltaMs: number;
  readyMs: { empty: number; long: number };
  /** Ready-to-type ours / the minimal Lexical page in the same run: a ratio holds on a busy machine where ms do not. */
  readyVsLexical: { empty: number; long: number };
  heapMB: number;
  jsGzipKB: number;
}

export const GOALS = [
  { name: 'p95Ratio', limit: 1.25, value: (h: Headline) => h.p95Ratio },
  { name: 'syncP50Ratio', limit: 1.15, value: (h: Headline) => h.syncP50Ratio },
  { name: 'emptySyncP50DeltaMs', limit: 1.5, value: (h: Headline) => h.emptySyncP50DeltaMs },
  { name: 'readyMs.long', limit: 700, value: (h: Headline) => h.readyMs.long },
  { name: 'readyVsLexical.long', limit: 1.1, value: (h: Headline) => h.readyVsLexical.long },
  { name: 'readyVsLexical.empty', limit: 1.1, value: (h: Headline) => h.readyVsLexical.empty },
  { name: 'heapMB', limit: 30, value: (h: Headline) => h.heapMB },
  { name: 'jsGzipKB', limit: 250, value: (h: Headline) => h.jsGzipKB },
] as const;

export interface Verdict {
  value: number;
  limit: number;
  pass: boolean;
}

/** A value that could not be measured (NaN) fails: a missing number is not a met goal. */
export function judge(headline: Headline): Record<string, Verdict> {
  const verdicts: Record<string, Verdict> = {};
  for (const goal of GOALS) {
    const value = goal.value(headline);
    verdicts[goal.name] = { value, limit: goal.limit, pass: Number.isFinite(value) && value <= goal.limit };
  }
  return verdicts;
}
