import { suggestDraftFileName } from '../../shared/article/file-name';
import { TINBAI_EXTENSION } from '../../shared/article/format';
import { AppError } from '../../shared/ipc/errors';
import { writeFileAtomically } from '../services/atomic-write';
import type { PagePrinter } from '../services/ports';
import { checkWritableName, writeErrorFromNode } from '../services/write-errors';

/** The name the PDF's Save dialog offers: the title, as for a draft, ending in .pdf. */
export function suggestPdfFileName(title: string, fallback: string): string {
  return `${suggestDraftFileName(title, fallback).slice(0, -(TINBAI_EXTENSION.length + 1))}.pdf`;
}

/** Adds `.pdf` when a chosen path has none (Linux dialogs do not add it). */
export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

/**
 * The page made into a PDF and written to `target` whole or not at all (a temp file renamed
 * into place), so an existing PDF there is never left half replaced. A failure is told as what
 * happened: the page could not be laid out (print-failed), or the folder is gone, not ours,
 * full or the name refused.
 */
export async function writePagePdf(printer: PagePrinter, target: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  checkWritableName(target, platform);
  let pdf: Buffer;
  try {
    pdf = await printer.pdf();
  } catch (error) {
    throw new AppError('print-failed', error instanceof Error ? error.message : String(error));
  }
  try {
    await writeFileAtomically(target, pdf, platform);
  } catch (error) {
    throw writeErrorFromNode(error) ?? error;
  }
}
