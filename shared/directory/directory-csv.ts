import type { Locale } from '../i18n/locale';
import { DIRECTORY_COLUMNS, DIRECTORY_HEADERS, directoryCells } from './directory-columns';
import { readDirectoryTable, type DirectoryTableResult } from './directory-table';
import { detectDelimiter, parseCsv, serializeCsv, type CsvDelimiter } from './csv';
import type { DirectoryPerson } from './person-schema';

export type DirectoryCsvResult = DirectoryTableResult;

/**
 * People from a CSV of the directory (text already decoded): its rows read as every directory
 * spreadsheet is (readDirectoryTable: headers in either language, bad rows skipped and reported).
 */
export function parseDirectoryCsv(text: string): DirectoryCsvResult {
  return readDirectoryTable(parseCsv(text, detectDelimiter(text)));
}

/**
 * The directory as a spreadsheet: headers in the interface language, titles joined by "; "
 * (safe even for a title holding " - "), dates as ISO. parseDirectoryCsv reads it back unchanged.
 */
export function serializeDirectoryCsv(people: readonly DirectoryPerson[], locale: Locale = 'vi', delimiter: CsvDelimiter = ','): string {
  const header = DIRECTORY_COLUMNS.map((c) => DIRECTORY_HEADERS[locale][c]);
  const rows = people.map((p) => {
    const cells = directoryCells(p);
    return DIRECTORY_COLUMNS.map((c) => cells[c]);
  });
  return serializeCsv([header, ...rows], delimiter);
}
