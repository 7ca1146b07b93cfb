import type { Article, ArticleBody } from './article-schema';
import { FORMAT_VERSION } from './format';

/** The body of an empty draft: one empty paragraph, as Lexical itself starts. */
export function emptyBody(): ArticleBody {
  return {
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'paragraph', version: 1, children: [], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' },
      ],
      direction: null,
      format: '',
      indent: 0,
    },
  };
}

/** A blank article. `id` and `now` come from the caller so that this stays pure. */
export function newArticle(id: string, now: Date, by = ''): Article {
  const stamp = { at: now.toISOString(), by };
  return {
    formatVersion: FORMAT_VERSION,
    id,
    meta: { title: '', sapo: '', category: '', author: by, source: '', date: toIsoDate(now), keywords: [] },
    body: emptyBody(),
    media: [],
    created: stamp,
    modified: stamp,
  };
}

/** YYYY-MM-DD in local time: the day the officer sees on the calendar. */
export function toIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
