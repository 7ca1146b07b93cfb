/**
 * The PDF's page, shared by the main process (webContents.printToPDF) and the browser tests
 * (Playwright's page.pdf), so the tests look at the page the officer gets. The article's own
 * layout is the renderer's print stylesheet (renderer/src/styles/print.css); these are only the
 * paper and its margins (the same as the stylesheet's @page).
 */

/** A4, with the margins of the stylesheet's @page rule. */
export const PDF_MARGINS_MM = { top: 18, bottom: 20, left: 20, right: 20 } as const;

/**
 * Page numbers come from the stylesheet's @page footer (a bottom-center margin box with
 * counter(page) / counter(pages)), the same on paper and in the PDF. Chromium's own header and
 * footer (the date, the window's title, the page's address) stay off: drawn as well, they would
 * number every page twice.
 */
export const PDF_CHROMIUM_HEADER_FOOTER = false;

const MM_PER_INCH = 25.4;

/** Electron's printToPDF options: sizes in inches. */
export function electronPdfOptions() {
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    pageSize: 'A4' as const,
    printBackground: true,
    displayHeaderFooter: PDF_CHROMIUM_HEADER_FOOTER,
    margins: {
      top: inches(PDF_MARGINS_MM.top),
      bottom: inches(PDF_MARGINS_MM.bottom),
      left: inches(PDF_MARGINS_MM.left),
      right: inches(PDF_MARGINS_MM.right),
    },
    // Headings and paragraphs tagged, so a screen reader can read the PDF.
    generateTaggedPDF: true,
  };
}

/** The same page for Playwright's page.pdf (the browser tests' stand-in for printToPDF). */
export function playwrightPdfOptions() {
  const mm = (value: number) => `${value}mm`;
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: PDF_CHROMIUM_HEADER_FOOTER,
    margin: { top: mm(PDF_MARGINS_MM.top), bottom: mm(PDF_MARGINS_MM.bottom), left: mm(PDF_MARGINS_MM.left), right: mm(PDF_MARGINS_MM.right) },
    tagged: true,
  };
}
