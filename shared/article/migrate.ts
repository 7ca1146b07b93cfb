import { FORMAT_VERSION } from './format';

/**
 * The draft format grows by versions. Each step turns an article.json of version n into one of
 * version n + 1, pure, on plain JSON (before the schema sees it), so that every older draft keeps
 * opening; only the current version is ever written. A step adds what the new version requires
 * and never drops what the file held.
 */
type Json = Record<string, unknown>;
export type MigrationStep = (article: Json) => Json;

/** MIGRATIONS[n] takes version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  // Version 2: the draft lists its photos (media/<sha256>.jpg entries); a version-1 draft has none.
  1: (article) => ({ ...article, formatVersion: 2, media: [] }),
  // Version 3: a photo may carry its thumbnail crop (`crop`, optional); a version-2 draft has none to add.
  2: (article) => ({ ...article, formatVersion: 3 }),
};

export type MigrationOutcome =
  | { kind: 'current'; json: Json; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

/** The article.json brought to FORMAT_VERSION, or why it cannot be. */
export function migrateArticleJson(json: unknown, current: number = FORMAT_VERSION, steps = MIGRATIONS): MigrationOutcome {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'unversioned' };
  const from = (json as Json).formatVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { kind: 'unversioned' };
  if (from > current) return { kind: 'newer', version: from };
  let article = json as Json;
  for (let version = from; version < current; version++) {
    const step = steps[version];
    if (!step) return { kind: 'unversioned' };
    article = step(article);
  }
  return { kind: 'current', json: article, from };
}
