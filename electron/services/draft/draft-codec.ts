import { z } from 'zod';
import { parseArticleText } from '../../../shared/article/article-json';
import { articleSchema, type Article } from '../../../shared/article/article-schema';
import { ARTICLE_ENTRY, MIMETYPE_ENTRY, TINBAI_MIMETYPE } from '../../../shared/article/format';
import { AppError } from '../../../shared/ipc/errors';
import { entryRole, mediaEntryName, mediaHashOf, type EntryRole } from './entry-roles';
import { encodeZip, openZipBytes, ZIP_LIMITS, type ZipArchive, type ZipItem } from './zip-codec';

/**
 * A `.tinbai` as parts: the stored mimetype first (the type shows at byte 38 without
 * unzipping, as in EPUB and ODF), article.json, then one `media/<sha256>.jpg` per photo the
 * article lists. Entries are understood by role; one this version cannot save back is refused
 * as newer-format, never dropped.
 */

const MIMETYPE_BYTES = Buffer.from(TINBAI_MIMETYPE, 'ascii');

export interface DecodedDraft {
  article: Article;
  /** The extra entries the caller asked for that the file holds (the recovery note). */
  extras: Map<string, Buffer>;
}

/** Reads and checks the article of an open archive; media entries stay in the archive. */
export async function decodeArchive(zip: ZipArchive, wanted: readonly string[] = []): Promise<DecodedDraft> {
  await checkMimetype(zip);
  const mediaInFile = new Set<string>();
  for (const name of zip.names) {
    const role = entryRole(name);
    if (role === 'media') mediaInFile.add(mediaHashOf(name)!);
    else if (role === 'history' || (role === 'unknown' && !wanted.includes(name))) throw new AppError('newer-format', `entry ${name}`);
  }
  if (!zip.has(ARTICLE_ENTRY)) throw new AppError('missing-article');
  const article = parseArticleText(utf8(await zip.read(ARTICLE_ENTRY), ARTICLE_ENTRY));

  const listed = new Set(article.media.map((item) => item.hash));
  // A photo the article does not list was put there by something that knows more than we do.
  const unlisted = [...mediaInFile].find((hash) => !listed.has(hash));
  if (unlisted) throw new AppError('newer-format', `entry ${mediaEntryName(unlisted)}`);
  const missing = [...listed].find((hash) => !mediaInFile.has(hash));
  if (missing) throw new AppError('not-a-draft', `photo ${mediaEntryName(missing)} is missing`);

  const extras = new Map<string, Buffer>();
  for (const name of wanted) {
    if (zip.has(name) && isExtraRole(entryRole(name))) extras.set(name, await zip.read(name));
  }
  return { article, extras };
}

/** The article in a draft's bytes, or an AppError that says why the file cannot be opened. */
export async function decodeDraft(bytes: Buffer): Promise<Article> {
  return (await decodeDraftBytes(bytes)).article;
}

export async function decodeDraftBytes(bytes: Buffer, wanted: readonly string[] = []): Promise<DecodedDraft> {
  const zip = await openZipBytes(bytes);
  try {
    return await decodeArchive(zip, wanted);
  } finally {
    await zip.close();
  }
}

export interface DraftEntry {
  name: string;
  data: Buffer;
}

/** The master of each photo, by hash: from the open draft or the photos imported since. */
export type MediaReader = (hash: string) => Promise<Buffer>;

const noMedia: MediaReader = async (hash) => {
  throw new AppError('not-a-draft', `photo ${hash} is not available`);
};

/** The bytes of a draft. Refuses an article that would not open again, so a save never writes one. */
export async function encodeDraft(article: Article, options: { media?: MediaReader; extraEntries?: readonly DraftEntry[] } = {}): Promise<Buffer> {
  const checked = articleSchema.safeParse(article);
  if (!checked.success) throw new AppError('invalid-article', z.prettifyError(checked.error).slice(0, 2000));
  const extras = options.extraEntries ?? [];
  for (const { name } of extras) {
    if (!isExtraRole(entryRole(name))) throw new AppError('unsafe-entry', name);
  }

  const json = Buffer.from(JSON.stringify(article), 'utf8');
  // What we would refuse to read back is not written.
  if (json.length > ZIP_LIMITS.entryBytes) throw new AppError('too-large', `${ARTICLE_ENTRY}: ${json.length} bytes`);

  const read = options.media ?? noMedia;
  const photos: ZipItem[] = [];
  for (const { hash } of article.media) photos.push({ name: mediaEntryName(hash), data: await read(hash), compress: false });

  // The article's own time, so that saving the same article twice gives the same bytes.
  const mtime = new Date(article.modified.at);
  return encodeZip({ name: MIMETYPE_ENTRY, data: MIMETYPE_BYTES }, [{ name: ARTICLE_ENTRY, data: json }, ...photos, ...extras], mtime);
}

/** Entries a caller may add or ask for beside the article and its photos (the recovery note). */
function isExtraRole(role: EntryRole): boolean {
  return role === 'unknown' || role === 'recovery-note';
}

async function checkMimetype(zip: ZipArchive): Promise<void> {
  const first = zip.first;
  if (!first || first.name !== MIMETYPE_ENTRY || !first.stored || first.size !== MIMETYPE_BYTES.length) {
    throw new AppError('not-a-draft', first ? `first entry ${first.name} is not the stored Soạn Tin mimetype` : 'no entries');
  }
  if (!(await zip.read(MIMETYPE_ENTRY)).equals(MIMETYPE_BYTES)) throw new AppError('not-a-draft', 'wrong mimetype');
}

function utf8(data: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new AppError('invalid-article', `${name} is not UTF-8`);
  }
}
