import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's elements; editor.css gives them the portal's look. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'st-p',
  heading: { h1: 'st-h2', h2: 'st-h2', h3: 'st-h3', h4: 'st-h3', h5: 'st-h3', h6: 'st-h3' },
  quote: 'st-quote',
  link: 'st-link',
  list: {
    ul: 'st-ul',
    ol: 'st-ol',
    listitem: 'st-li',
    nested: { listitem: 'st-li-nested' },
  },
  table: 'st-table',
  tableRow: 'st-tr',
  tableCell: 'st-td',
  tableCellHeader: 'st-th',
  tableSelection: 'st-table-selection',
  tableCellSelected: 'st-cell-selected',
  text: {
    bold: 'st-bold',
    italic: 'st-italic',
    underline: 'st-underline',
    strikethrough: 'st-strike',
    underlineStrikethrough: 'st-underline-strike',
    subscript: 'st-sub',
    superscript: 'st-sup',
  },
};
