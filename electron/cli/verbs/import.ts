import { access } from 'node:fs/promises';
import type { MediaItem } from '../../../shared/article/article-schema';
import { cliEn, cliVi } from '../../../shared/i18n/messages/cli';
import { isSourceEncoding, type SourceEncoding } from '../../../shared/text/convert/source-encoding';
import { writeDraft } from '../../services/draft/draft-files';
import { createImporter } from '../../services/import';
import { importPhoto } from '../../services/photos';
import { CliRefusal } from '../cli-output';

interface ImportArguments {
  file: string;
  out: string;
  encoding: SourceEncoding;
  force: boolean;
}

function importArguments(args: readonly string[]): ImportArguments {
  let out: string | null = null;
  let encoding: string = 'auto';
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--out' || arg === '-o') out = args[++i] ?? null;
    else if (arg === '--encoding') encoding = args[++i] ?? '';
    else if (arg.startsWith('--encoding=')) encoding = arg.slice('--encoding='.length);
    else if (arg === '--force') force = true;
    else files.push(arg);
  }
  if (files.length !== 1 || !out || !isSourceEncoding(encoding)) throw new CliRefusal(cliVi.importUsage, cliEn.importUsage);
  return { file: files[0], out, encoding, force };
}

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * `soan-tin import FILE.docx|.html|.txt --out DRAFT.tinbai [--encoding …] [--force]`: the
 * window's importer, its photos through the same pipeline, the draft written atomically (or
 * not at all), never over an existing file without --force. Prints the import report as JSON.
 */
export async function importVerb(args: readonly string[]): Promise<string> {
  const { file, out, encoding, force } = importArguments(args);
  if (!force && (await exists(out))) throw new CliRefusal(cliVi.outExists(out), cliEn.outExists(out));
  const masters = new Map<string, Buffer>();
  const importer = createImporter({
    keepPhoto: async (bytes, name): Promise<MediaItem> => {
      const photo = await importPhoto({ bytes, name });
      masters.set(photo.hash, photo.master);
      return { hash: photo.hash, width: photo.width, height: photo.height, originalName: photo.originalName.slice(0, 255) };
    },
  });
  const { article, report } = await importer.importFile(file, { encoding });
  await writeDraft(out, article, async (hash) => masters.get(hash)!);
  return JSON.stringify({ out, title: article.meta.title, sapo: article.meta.sapo, ...report, date: article.meta.date }, null, 2);
}
