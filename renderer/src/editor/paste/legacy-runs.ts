import type { FontEncoding } from '../../../../shared/text/legacy/font-encoding';
import { convertLegacyRun, elementFontEncoding } from '../../../../shared/paste/legacy-fonts';

/**
 * Converts, in place, the text of every run whose font is a TCVN3 or VNI face, run by run: a
 * paragraph may mix a .VnTime run, a .VnTimeH heading run and a Times New Roman run, and each
 * is read in its own encoding. The nearest element that names a font decides, as in CSS.
 * Runs on the parsed clipboard before the rebuild, so the cleaner's rules see Unicode text.
 */
export function convertLegacyRuns(root: Element, classFonts: ReadonlyMap<string, string>): void {
  walk(root, null, classFonts);
}

function walk(el: Element, inherited: FontEncoding | null, classFonts: ReadonlyMap<string, string>): void {
  const own = elementFontEncoding(
    {
      style: el.getAttribute('data-st-style') ?? el.getAttribute('style'),
      face: el.nodeName.toLowerCase() === 'font' ? el.getAttribute('face') : null,
      className: el.getAttribute('class'),
    },
    classFonts,
  );
  const encoding = own === undefined ? inherited : own;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) walk(child as Element, encoding, classFonts);
    else if (child.nodeType === 3 && encoding && child.nodeValue) child.nodeValue = convertLegacyRun(child.nodeValue, encoding);
  }
}
