import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { findInFolded, foldText, type FindOptions, type FoldedText, type TextMatch } from '../../../../shared/text/find';
import { $bodyIndex, pointAt, type BodyIndex } from './body-index';
import { FIND_REPLACE_TAG, type BodyMatchPoints } from './replace';

/** Where a match is: the title and sapô fields, or the body. */
export type MatchPlace = 'title' | 'sapo' | 'body';

export interface ArticleMatch extends TextMatch {
  place: MatchPlace;
  /** For a body match: its ends as text nodes and offsets. */
  points?: BodyMatchPoints;
}

/** After typing in the body stops this long, an open find bar looks again. */
const REINDEX_MS = 120;

/** The body's searchable text, kept current while the bar is open (and not read at all while it is closed). */
function useBodyIndex(editor: LexicalEditor, open: boolean): BodyIndex | null {
  const [index, setIndex] = useState<BodyIndex | null>(null);
  useEffect(() => {
    if (!open) {
      setIndex(null);
      return;
    }
    const read = () => setIndex(editor.getEditorState().read($bodyIndex));
    read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size + dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      // After a replacement the next one must see the body as it is now.
      if (tags.has(FIND_REPLACE_TAG)) read();
      else timer = setTimeout(read, REINDEX_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [editor, open]);
  return index;
}

/** Folds a text once per text and options; a keystroke in the find field then only searches. */
function useFolded(text: string | null, options: FindOptions): FoldedText | null {
  const cache = useRef<{ text: string | null; key: string; folded: FoldedText | null }>({ text: null, key: '', folded: null });
  const key = `${options.ignoreTones}${options.matchCase}`;
  if (cache.current.text !== text || cache.current.key !== key) {
    cache.current = { text, key, folded: text === null ? null : foldText(text, options) };
  }
  return cache.current.folded;
}

/** Every match of the query in the title, the sapô and the body, in reading order. */
export function useArticleMatches(editor: LexicalEditor, open: boolean, query: string, options: FindOptions, title: string, sapo: string): ArticleMatch[] {
  const body = useBodyIndex(editor, open);
  const titleFolded = useFolded(open ? title : null, options);
  const sapoFolded = useFolded(open ? sapo : null, options);
  const bodyFolded = useFolded(body ? body.text : null, options);
  return useMemo(() => {
    if (!open || query.length === 0) return [];
    const out: ArticleMatch[] = [];
    if (titleFolded) for (const m of findInFolded(titleFolded, query, options)) out.push({ ...m, place: 'title' });
    if (sapoFolded) for (const m of findInFolded(sapoFolded, query, options)) out.push({ ...m, place: 'sapo' });
    if (body && bodyFolded) {
      for (const m of findInFolded(bodyFolded, query, options)) {
        const start = pointAt(body, m.start, false);
        const end = pointAt(body, m.end, true);
        if (start && end) out.push({ ...m, place: 'body', points: { start, end } });
      }
    }
    return out;
  }, [open, query, options, titleFolded, sapoFolded, body, bodyFolded]);
}
