import type { SerializedBodyNode } from '../../../shared/article/body-nodes';
import type { ImportReport } from '../../../shared/import/import-report';
import { splitPlainText } from '../../../shared/paste/plain-text';
import { converterFor, type SourceEncoding } from '../../../shared/text/convert/source-encoding';
import { decodeBytes } from './decode-text';

/** A .txt → paragraphs, read as the officer chose or as detected. */
export function importText(bytes: Buffer, encoding: SourceEncoding): { blocks: SerializedBodyNode[]; encoding: ImportReport['encoding'] } {
  const raw = decodeBytes(bytes);
  const converter = converterFor(encoding, raw);
  const text = converter.convert(raw);
  const read: ImportReport['encoding'] =
    encoding === 'auto' ? (converter.detected?.encoding ?? 'unicode') : encoding;
  const blocks = splitPlainText(text).map((lines): SerializedBodyNode => {
    const children: SerializedBodyNode[] = [];
    lines.forEach((line, i) => {
      if (i > 0) children.push({ type: 'linebreak', version: 1 });
      if (line !== '') children.push({ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 });
    });
    return { children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 };
  });
  return { blocks: blocks.filter((b) => (b.children ?? []).length > 0), encoding: read };
}
