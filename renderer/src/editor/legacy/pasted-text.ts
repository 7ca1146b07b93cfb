import { cleanPastedHtml } from '../paste/clean-html';

/**
 * The text a paste puts into the body, as the pieces the editor will hold: the text runs of the
 * cleaned HTML when the HTML has any text (the paste plugin takes that path), else the lines of
 * the plain text. Legacy-font runs are already Unicode here, so only text that lost its font
 * can still look like mojibake.
 */
export function pastedPieces(html: string, plain: string): string[] {
  if (html.trim() !== '') {
    const dom = cleanPastedHtml(html, new DOMParser());
    if ((dom.body.textContent ?? '').trim() !== '') return textRuns(dom.body);
  }
  return plain.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
}

function textRuns(root: Node): string[] {
  const runs: string[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text !== '') runs.push(text);
  }
  return runs;
}
