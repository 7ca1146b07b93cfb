import { readFile } from 'node:fs/promises';
import { cliEn, cliVi } from '../../../shared/i18n/messages/cli';
import { AppError } from '../../../shared/ipc/errors';
import { converterFor, isSourceEncoding } from '../../../shared/text/convert/source-encoding';
import { decodeBytes } from '../../services/import/decode-text';
import { appErrorFromNode } from '../../services/node-errors';
import { CliRefusal } from '../cli-output';

/**
 * `soan-tin convert --from tcvn3|vni|viqr|unicode|auto [FILE]`: text in (the file, or standard
 * input), NFC text out, read the way Chuyển mã reads it in the window. The bytes are taken as
 * UTF-8 when they are valid UTF-8, else as Windows-1252 (how TCVN3 and VNI files are stored).
 */
export async function convertVerb(args: readonly string[], stdin: () => Promise<Buffer>): Promise<string> {
  let from: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--from') from = args[++i] ?? '';
    else if (args[i].startsWith('--from=')) from = args[i].slice('--from='.length);
    else files.push(args[i]);
  }
  if (from === null || !isSourceEncoding(from) || files.length > 1) throw new CliRefusal(cliVi.convertUsage, cliEn.convertUsage);
  const bytes = files.length === 0 ? await stdin() : await readFile(files[0]).catch((error: unknown) => {
    throw appErrorFromNode(error) ?? new AppError('io-error', files[0]);
  });
  const text = decodeBytes(bytes);
  return converterFor(from, text).convert(text);
}
