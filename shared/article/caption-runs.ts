import { TEXT_FORMAT, type CaptionRun } from './body-nodes';

/** The formats a caption keeps: bold and italic (the schema refuses any other bit). */
export const CAPTION_FORMAT_BITS = TEXT_FORMAT.bold | TEXT_FORMAT.italic;

/**
 * Caption runs as the draft keeps them: NFC, one line (line breaks and tabs read as spaces,
 * spaces collapsed, none at the ends), only bold and italic, neighbours of the same format joined,
 * no empty run. The caption field gives its text nodes here before the figure takes them.
 */
export function normalizeCaptionRuns(runs: readonly CaptionRun[]): CaptionRun[] {
  const joined: CaptionRun[] = [];
  for (const run of runs) {
    const text = run.text.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
    const format = run.format & CAPTION_FORMAT_BITS;
    if (text === '') continue;
    const last = joined.at(-1);
    if (last && last.format === format) last.text += text;
    else joined.push({ text, format });
  }
  // Spaces collapsed across runs: a space never follows a space, whatever format each has.
  for (let i = 1; i < joined.length; i += 1) {
    if (joined[i - 1]!.text.endsWith(' ') && joined[i]!.text.startsWith(' ')) joined[i]!.text = joined[i]!.text.slice(1);
  }
  if (joined.length > 0) {
    joined[0]!.text = joined[0]!.text.replace(/^ /, '');
    joined[joined.length - 1]!.text = joined[joined.length - 1]!.text.replace(/ $/, '');
  }
  return joined.filter((run) => run.text !== '');
}

/** Whether two captions read and look the same (same letters, same bold and italic). */
export function sameCaption(a: readonly CaptionRun[], b: readonly CaptionRun[]): boolean {
  const x = normalizeCaptionRuns(a);
  const y = normalizeCaptionRuns(b);
  return x.length === y.length && x.every((run, i) => run.text === y[i]!.text && run.format === y[i]!.format);
}

/** The caption as a reader's one line of letters (what the alt text follows). */
export function captionLetters(runs: readonly Pick<CaptionRun, 'text'>[]): string {
  return runs.map((run) => run.text).join('');
}
