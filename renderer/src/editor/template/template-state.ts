import { createState } from 'lexical';
import { templateMarkSchema, type TemplateMark } from '../../../../shared/article/body-nodes';

/**
 * The template's marks as Lexical NodeState, under the keys the draft format names (see
 * shared/article/body-nodes.ts): on a paragraph, which generated part it is and its greyed hint;
 * on a text node, that it is the paragraph's end ("./."). Anything else in them reads as no mark.
 */
export const templateMarkState = createState('template', {
  parse: (value: unknown): TemplateMark | null => {
    const parsed = templateMarkSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
});

export const templateEndState = createState('templateEnd', {
  parse: (value: unknown): true | null => (value === true ? true : null),
});
