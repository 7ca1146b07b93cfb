/**
 * The placeholder language of template patterns. A pattern is parsed into a small tree and
 * rendered from the tree; it is never evaluated as script and never regex-replaced.
 *
 *   text              written as is
 *   {field}           the field's value; {noun} is the event noun ("hội nghị")
 *   {field|f|g}       the value through filters, left to right:
 *                       cap     first letter upper case ("chiều" → "Chiều")
 *                       uncap   first letter lower case ("Chiều" → "chiều")
 *                       full    people: "bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy" (the default)
 *                       short   people: "Bí thư Tỉnh ủy Lê Thị Thủy"
 *                       name    people: "Lê Thị Thủy"
 *                       weekday a date with its weekday: "Thứ Bảy, 28/5/2022" (a date alone is 28/5/2022)
 *   {^field}          shorthand for {field|cap}
 *   [ … ]             an optional part: left out when a field written directly inside it is
 *                     empty (an optional part holding only optional parts shows when one does)
 *   \{ \} \[ \] \\    the character itself
 *
 * A list of people (attendees) is joined with "; ". Every generated part also gets its first
 * letter capitalised and runs of spaces made one, so "[{session} ]ngày {date}" gives both
 * "Chiều ngày 28/5/2022" and "Ngày 2/11/2023".
 */

export type FieldKind = 'text' | 'date' | 'people' | 'person';

export const FILTERS = ['cap', 'uncap', 'full', 'short', 'name', 'weekday'] as const;
export type Filter = (typeof FILTERS)[number];

/** Which kinds of field a filter applies to. */
const FILTER_KINDS: Record<Filter, readonly FieldKind[]> = {
  cap: ['text', 'date', 'people', 'person'],
  uncap: ['text', 'date', 'people', 'person'],
  full: ['people', 'person'],
  short: ['people', 'person'],
  name: ['people', 'person'],
  weekday: ['date'],
};

export type PatternNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; filters: Filter[] }
  | { kind: 'optional'; children: PatternNode[] };

export const PATTERN_PROBLEMS = [
  'unclosed-field',
  'unclosed-optional',
  'stray-close-field',
  'stray-close-optional',
  'bracket-in-field',
  'empty-field',
  'bad-field-name',
  'unknown-field',
  'unknown-filter',
  'filter-not-for-field',
  'optional-without-field',
  'dangling-escape',
] as const;

export type PatternProblemCode = (typeof PATTERN_PROBLEMS)[number];

export interface PatternProblem {
  code: PatternProblemCode;
  /** Offset of the character the problem is at (0-based, in UTF-16 code units). */
  at: number;
  /** The field or filter name concerned, when there is one. */
  detail?: string;
}

export type PatternParse = { ok: true; nodes: PatternNode[] } | { ok: false; problem: PatternProblem };

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

class PatternError extends Error {
  constructor(readonly problem: PatternProblem) {
    super(problem.code);
  }
}

/**
 * A pattern's tree, given the fields the template has (name → kind). The first problem found
 * is reported with its offset, so a template author can be told where to look.
 */
export function parsePattern(source: string, fields: ReadonlyMap<string, FieldKind>): PatternParse {
  try {
    const parser = new Parser(source, fields);
    return { ok: true, nodes: parser.parseAll() };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, problem: error.problem };
    throw error;
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly fields: ReadonlyMap<string, FieldKind>,
  ) {}

  parseAll(): PatternNode[] {
    const nodes = this.sequence(false);
    return nodes;
  }

  private fail(code: PatternProblemCode, at: number, detail?: string): never {
    throw new PatternError(detail === undefined ? { code, at } : { code, at, detail });
  }

  /** Items up to the end (top level) or up to the "]" closing an optional part. */
  private sequence(inOptional: boolean): PatternNode[] {
    const nodes: PatternNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.i < this.src.length) {
      const ch = this.src[this.i];
      if (ch === '\\') {
        if (this.i + 1 >= this.src.length) this.fail('dangling-escape', this.i);
        text += this.src[this.i + 1];
        this.i += 2;
      } else if (ch === '{') {
        flush();
        nodes.push(this.field());
      } else if (ch === '[') {
        flush();
        const at = this.i++;
        const children = this.sequence(true);
        if (!children.some((n) => n.kind !== 'text')) this.fail('optional-without-field', at);
        nodes.push({ kind: 'optional', children });
      } else if (ch === ']') {
        if (!inOptional) this.fail('stray-close-optional', this.i);
        this.i++;
        flush();
        return nodes;
      } else if (ch === '}') {
        this.fail('stray-close-field', this.i);
      } else {
        text += ch;
        this.i++;
      }
    }
    if (inOptional) this.fail('unclosed-optional', this.openingOf(this.src.length));
    flush();
    return nodes;
  }

  /** Where the innermost "[" still open before `end` is, for the message. */
  private openingOf(end: number): number {
    let depth = 0;
    for (let j = end - 1; j >= 0; j--) {
      if (this.src[j - 1] === '\\') continue;
      if (this.src[j] === ']') depth++;
      if (this.src[j] === '[') {
        if (depth === 0) return j;
        depth--;
      }
    }
    return 0;
  }

  private field(): PatternNode {
    const open = this.i++;
    const close = this.src.indexOf('}', this.i);
    const nextOpen = this.src.slice(this.i).search(/[{[\]]/);
    if (nextOpen >= 0 && (close < 0 || this.i + nextOpen < close)) this.fail('bracket-in-field', this.i + nextOpen);
    if (close < 0) this.fail('unclosed-field', open);
    const body = this.src.slice(this.i, close).trim();
    this.i = close + 1;
    if (!body || body === '^') this.fail('empty-field', open);
    const caret = body.startsWith('^');
    const [rawName, ...rawFilters] = (caret ? body.slice(1) : body).split('|').map((s) => s.trim());
    if (!FIELD_NAME.test(rawName)) this.fail('bad-field-name', open, rawName);
    const kind = this.fields.get(rawName);
    if (!kind) this.fail('unknown-field', open, rawName);
    const filters: Filter[] = caret ? ['cap'] : [];
    for (const f of rawFilters) {
      if (!(FILTERS as readonly string[]).includes(f)) this.fail('unknown-filter', open, f);
      if (!FILTER_KINDS[f as Filter].includes(kind)) this.fail('filter-not-for-field', open, `${rawName}|${f}`);
      filters.push(f as Filter);
    }
    return { kind: 'field', name: rawName, filters };
  }
}

/** Every field a pattern names, in order of first use. */
export function fieldsIn(nodes: readonly PatternNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly PatternNode[]) => {
    for (const n of list) {
      if (n.kind === 'field' && !out.includes(n.name)) out.push(n.name);
      if (n.kind === 'optional') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** The fields a pattern cannot do without: those named outside any optional part. */
export function requiredFieldsIn(nodes: readonly PatternNode[]): string[] {
  return [...new Set(nodes.flatMap((n) => (n.kind === 'field' ? [n.name] : [])))];
}

/** Text as a pattern that writes exactly it: the language's own characters escaped. */
export function literalPattern(text: string): string {
  return text.replace(/[\\{}[\]]/g, (ch) => `\\${ch}`);
}
