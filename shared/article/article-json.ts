import { z } from 'zod';
import { AppError } from '../ipc/errors';
import { articleSchema, unknownArticleKeys, type Article } from './article-schema';
import { migrateArticleJson } from './migrate';

/**
 * What the text of an article.json holds, decided in one place: parse, bring an older version up
 * through the migration chain, refuse a newer one or keys this version does not know (a newer
 * Soạn Tin wrote them: opening and saving here would drop them), then the full schema. Pure, so
 * every refusal is easy to see and the same in the window, the recovery folder and the command line.
 */
export function parseArticleText(text: string): Article {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid-article', `article.json is not JSON: ${(error as Error).message}`.slice(0, 500));
  }
  // Before the full schema: a newer file must say "update the app", not "damaged".
  const migrated = migrateArticleJson(json);
  if (migrated.kind === 'newer') throw new AppError('newer-format', `formatVersion ${migrated.version}`);
  if (migrated.kind === 'current') {
    const unknownKeys = unknownArticleKeys(migrated.json);
    if (unknownKeys.length > 0) throw new AppError('newer-format', `unknown ${unknownKeys.slice(0, 10).join(', ')}`);
  }
  const parsed = articleSchema.safeParse(migrated.kind === 'current' ? migrated.json : json);
  if (!parsed.success) throw new AppError('invalid-article', z.prettifyError(parsed.error).slice(0, 2000));
  return parsed.data;
}
