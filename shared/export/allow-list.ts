/**
 * What the portal fragment may hold: these elements, each with only these attributes (in the
 * order the serializer writes them). `class` is allowed on any of them only when the profile
 * names classes, and then only those names. `th` also takes colspan/rowspan: a header that
 * spans columns is common in report tables, and a span is a number, nothing more.
 */
export const FRAGMENT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  h2: [],
  h3: [],
  strong: [],
  em: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  br: [],
  a: ['href'],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  figure: [],
  img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading'],
  figcaption: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};

/** Only when the profile asks for WebP renditions. */
export const PICTURE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  picture: [],
  source: ['srcset', 'type'],
};
