import type { ImportReport, LostKind } from '../../../shared/import/import-report';

/**
 * What a .docx holds that a draft cannot: counted in the XML of the body, its headers and
 * footnotes, so the officer is told what to look for in the original.
 */
const MARKERS: [LostKind, RegExp][] = [
  ['textBox', /<w:txbxContent\b/g],
  ['comment', /<w:commentReference\b/g],
  ['trackedChange', /<w:(?:ins|del|moveFrom|moveTo)\b[^>]*w:author=/g],
  ['shape', /<(?:wps:wsp|v:shape|v:rect|v:oval|v:line|v:roundrect|wpg:wgp)\b(?![^>]*type="#_x0000_t75")/g],
  ['embeddedObject', /<w:object\b/g],
  ['equation', /<m:oMath\b/g],
];

export function lostInDocx(xmlParts: readonly string[]): ImportReport['lost'] {
  const lost: ImportReport['lost'] = [];
  // Word writes each drawing twice (DrawingML, and VML for old readers): count the first only.
  const parts = xmlParts.map((xml) => xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, ''));
  for (const [kind, marker] of MARKERS) {
    let count = 0;
    for (const xml of parts) count += xml.match(marker)?.length ?? 0;
    // A text box is drawn as a shape too: count it once, as a text box.
    if (kind === 'shape') count -= lost.find((l) => l.kind === 'textBox')?.count ?? 0;
    if (count > 0) lost.push({ kind, count });
  }
  return lost;
}
