import { formatDateLine } from '../document/date-line';
import { formatNewsDateInput } from '../document/news-date-input';
import { formatPerson } from '../directory/format-person';
import type { PersonLike } from '../directory/person-schema';
import type { Filter, PatternNode } from './pattern-language';

/** A free group in a list of people, written as given ("lãnh đạo UBND tỉnh"). */
export interface Group {
  readonly group: string;
}

export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'date'; iso: string }
  | { kind: 'people'; items: readonly (PersonLike | Group)[] }
  | { kind: 'person'; person: PersonLike | null };

/** News copy joins the people of a list with semicolons. */
export const LIST_SEPARATOR = '; ';

function firstLetter(text: string, upper: boolean): string {
  const i = text.search(/\p{L}/u);
  if (i < 0) return text;
  const ch = text[i];
  return text.slice(0, i) + (upper ? ch.toLocaleUpperCase('vi') : ch.toLocaleLowerCase('vi')) + text.slice(i + 1);
}

export function capitalise(text: string): string {
  return firstLetter(text, true);
}

function personText(p: PersonLike | Group, form: 'full' | 'short' | 'name'): string {
  return 'group' in p ? p.group : formatPerson(p, form);
}

function valueText(value: FieldValue | undefined, filters: readonly Filter[]): string {
  if (!value) return '';
  const form = filters.find((f): f is 'full' | 'short' | 'name' => f === 'full' || f === 'short' || f === 'name') ?? 'full';
  let text: string;
  switch (value.kind) {
    case 'text':
      text = value.text;
      break;
    case 'date':
      text = filters.includes('weekday') ? formatDateLine(value.iso, 'vi') : formatNewsDateInput(value.iso);
      break;
    case 'people':
      text = value.items.map((p) => personText(p, form)).filter(Boolean).join(LIST_SEPARATOR);
      break;
    case 'person':
      text = value.person ? personText(value.person, form) : '';
      break;
  }
  for (const f of filters) {
    if (f === 'cap') text = firstLetter(text, true);
    if (f === 'uncap') text = firstLetter(text, false);
  }
  return text;
}

/** A pattern's text for these values (before the part is finished by finishPart). */
export function renderPattern(nodes: readonly PatternNode[], values: ReadonlyMap<string, FieldValue>): string {
  return nodes.map((n) => renderNode(n, values) ?? '').join('');
}

/** A node's text; null for an optional part that is left out. */
function renderNode(node: PatternNode, values: ReadonlyMap<string, FieldValue>): string | null {
  if (node.kind === 'text') return node.text;
  if (node.kind === 'field') return valueText(values.get(node.name), node.filters);
  const parts = node.children.map((c) => ({ node: c, text: renderNode(c, values) }));
  const direct = parts.filter((p) => p.node.kind === 'field');
  if (direct.some((p) => p.text === '')) return null;
  const nested = parts.filter((p) => p.node.kind === 'optional');
  if (direct.length === 0 && !nested.some((p) => p.text)) return null;
  return parts.map((p) => p.text ?? '').join('');
}

/**
 * A generated part as it goes into the article: NFC, runs of spaces made one, no leading
 * space, first letter capitalised. A single trailing space is kept: an opening such as
 * "Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy " is where the officer goes on typing.
 */
export function finishPart(text: string): string {
  const tidy = text.normalize('NFC').replace(/\s+/gu, ' ').replace(/^ /, '');
  return capitalise(tidy);
}
