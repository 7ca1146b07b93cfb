import type { DirectoryPerson } from './person-schema';

/**
 * Whether the person held the chain the directory gives on the article's date (ISO).
 * With no date, or no bounds, they are taken to be in office.
 */
export function inOfficeOn(p: Pick<DirectoryPerson, 'inOfficeFrom' | 'inOfficeTo'>, isoDate: string): boolean {
  if (!isoDate) return true;
  if (p.inOfficeFrom && isoDate < p.inOfficeFrom) return false;
  if (p.inOfficeTo && isoDate > p.inOfficeTo) return false;
  return true;
}
