/**
 * The blocks of an imported document made into a draft: a first heading (or a short bold or
 * all-capitals first line) becomes the title, the first paragraph after it is offered as the
 * sapô, and a lead such as "Chiều ngày 28/5/2022, …" gives the article's date.
 */
import type { Article, MediaItem } from '../article/article-schema';
import type { SerializedBodyNode } from '../article/body-nodes';
import { emptyBody, newArticle } from '../article/new-article';
import { leadDate } from './lead-date';

export interface ArticleAssembly {
  article: Article;
  sapoFromFirstParagraph: boolean;
  date: string | null;
}

const MAX_TITLE = 300;
const MAX_SAPO = 5000;

function textOf(node: SerializedBodyNode): string {
  if (node.type === 'text') return node.text as string;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function allBold(node: SerializedBodyNode): boolean {
  const texts: SerializedBodyNode[] = [];
  const visit = (n: SerializedBodyNode) => (n.type === 'text' ? texts.push(n) : (n.children ?? []).forEach(visit));
  visit(node);
  return texts.length > 0 && texts.every((t) => ((t.format as number) & 1) === 1 || (t.text as string).trim() === '');
}

/** A first line that reads as a headline: a heading, or short, without a final period, bold or in capitals. */
function isTitle(node: SerializedBodyNode): boolean {
  const text = textOf(node).trim();
  if (text === '' || text.length > MAX_TITLE || text.includes('\n')) return false;
  if (node.type === 'heading') return true;
  if (node.type !== 'paragraph' || /[.:;,]$/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return allBold(node) || (letters.length > 3 && letters === letters.toUpperCase());
}

/** The draft for the blocks. An all-capitals headline is kept as typed: sentence case would be a guess. */
export function assembleArticle(
  blocks: SerializedBodyNode[],
  options: { id: string; now: Date; media: MediaItem[]; takeSapo?: boolean },
): ArticleAssembly {
  const article = newArticle(options.id, options.now);
  const rest = [...blocks];
  if (rest.length > 0 && isTitle(rest[0])) article.meta.title = textOf(rest.shift()!).trim().slice(0, 500);
  let sapoFromFirstParagraph = false;
  const first = rest[0];
  if ((options.takeSapo ?? true) && first && first.type === 'paragraph') {
    const text = textOf(first).replace(/\s*\n\s*/g, ' ').trim();
    if (text !== '' && text.length <= MAX_SAPO) {
      article.meta.sapo = text;
      rest.shift();
      sapoFromFirstParagraph = true;
    }
  }
  const leadText = sapoFromFirstParagraph ? article.meta.sapo : rest.find((b) => b.type === 'paragraph') ? textOf(rest.find((b) => b.type === 'paragraph')!) : '';
  const date = leadDate(leadText);
  if (date) article.meta.date = date;
  const body = emptyBody();
  if (rest.length > 0) body.root.children = rest;
  article.body = body;
  article.media = options.media;
  return { article, sapoFromFirstParagraph, date };
}
