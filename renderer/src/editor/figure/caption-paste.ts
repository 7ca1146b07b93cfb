import type { CaptionRun } from '../../../../shared/article/body-nodes';
import { TEXT_FORMAT } from '../../../../shared/article/body-nodes';
import { normalizeCaptionRuns } from '../../../../shared/article/caption-runs';
import { cleanPaste } from '../paste/clean-html';

const BLOCKS = new Set(['P', 'H2', 'H3', 'LI', 'BLOCKQUOTE', 'TD', 'TH', 'TR', 'UL', 'OL', 'TABLE', 'DIV']);

/**
 * What a paste or a drop brings into a caption: the text, with its bold and italic, on one line.
 * HTML (Word, Google Docs, a web page) goes through the body's own cleaner first (legacy faces
 * converted, Word's and Docs' quirks undone), then only strong and em count; plain text otherwise.
 */
export function captionRunsFromTransfer(data: DataTransfer): CaptionRun[] {
  const html = data.getData('text/html');
  if (html.trim() !== '') {
    const runs = runsOfDocument(cleanPaste(html, new DOMParser()).document);
    if (runs.length > 0) return runs;
  }
  return normalizeCaptionRuns([{ text: data.getData('text/plain'), format: 0 }]);
}

function runsOfDocument(doc: Document): CaptionRun[] {
  const runs: CaptionRun[] = [];
  const walk = (node: Node, format: number) => {
    if (node.nodeType === Node.TEXT_NODE) {
      runs.push({ text: node.textContent ?? '', format });
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      runs.push({ text: ' ', format: 0 });
      return;
    }
    let inner = format;
    if (node.tagName === 'STRONG' || node.tagName === 'B') inner |= TEXT_FORMAT.bold;
    if (node.tagName === 'EM' || node.tagName === 'I') inner |= TEXT_FORMAT.italic;
    node.childNodes.forEach((child) => walk(child, inner));
    if (BLOCKS.has(node.tagName)) runs.push({ text: ' ', format: 0 });
  };
  doc.body.childNodes.forEach((child) => walk(child, 0));
  return normalizeCaptionRuns(runs);
}
