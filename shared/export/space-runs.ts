/**
 * How the spaces of one block survive HTML's whitespace collapsing without the
 * `white-space: pre-wrap` spans Lexical puts on the clipboard. The block's text comes in as one
 * string where '\n' stands for a line break (<br>); the answer says, per character, what to
 * write instead of it. Only space and tab collapse in HTML (other Unicode spaces do not), so
 * only they are touched.
 *
 * - between words: one space stays a space; a longer run alternates non-breaking and ordinary
 *   spaces, ending with an ordinary one, so every space shows and the line may still break;
 * - at the start of a line: the run starts with a non-breaking space (a leading space collapses);
 * - at the end of a line: the run is dropped. The editor hangs trailing spaces too (pre-wrap),
 *   so they were never visible; on the portal they would only be noise.
 * Line breaks before the first and after the last visible character are dropped as well: an
 * empty line at the edge of a paragraph shows as nothing in HTML, or worse as a stray gap.
 */

export const KEEP = 0;
export const NBSP = 1;
export const DROP = 2;
export const SPACE = 3;

export type SpaceDecision = typeof KEEP | typeof NBSP | typeof DROP | typeof SPACE;

const RUN = /[ \t]+/g;
const VISIBLE = /[^ \t\n]/;

/**
 * The decision per character of `text` (a Uint8Array of KEEP/NBSP/DROP/SPACE), or null when
 * every character is written as it is (the common case, and the fast one).
 */
export function spaceDecisions(text: string): Uint8Array | null {
  let map: Uint8Array | null = null;
  const set = (i: number, d: SpaceDecision) => {
    if (d === KEEP) return;
    map ??= new Uint8Array(text.length);
    map[i] = d;
  };

  const first = text.search(VISIBLE);
  if (first === -1) {
    for (let i = 0; i < text.length; i++) set(i, DROP);
    return map;
  }
  let last = text.length - 1;
  while (last >= 0 && !VISIBLE.test(text[last])) last--;

  // Empty lines before the first visible character: drop up to and including the last '\n'.
  const leadBreak = text.lastIndexOf('\n', first);
  for (let i = 0; i <= leadBreak; i++) set(i, DROP);
  for (let i = last + 1; i < text.length; i++) set(i, DROP);

  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end <= leadBreak + 1 || start > last) continue; // already dropped
    const atLineEnd = end === text.length || text[end] === '\n';
    const atLineStart = start === 0 || text[start - 1] === '\n';
    const n = end - start;
    for (let i = start; i < end; i++) {
      const ordinary = text[i] === '\t' ? SPACE : KEEP;
      if (atLineEnd) set(i, DROP);
      else if (atLineStart) set(i, (i - start) % 2 === 0 ? NBSP : ordinary);
      else if (n === 1) set(i, ordinary);
      else set(i, (end - 1 - i) % 2 === 0 ? ordinary : NBSP);
    }
  }
  return map;
}
