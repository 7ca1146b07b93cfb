import { exportCliEn, exportCliVi } from '../../shared/i18n/messages/export-cli';
import { CliRefusal } from './cli-output';

export interface ExportArguments {
  draft: string;
  out: string | null;
  profile: string | null;
  force: boolean;
}

/**
 * The arguments of `html` and `export`: one draft, `--out`, `--profile`, `--force` (also as
 * `--out=…`, `--profile=…`). Anything unknown is refused with the verb's usage line rather than
 * taken for a file name.
 */
export function exportArguments(verb: 'html' | 'export', args: readonly string[]): ExportArguments {
  const usage = () => (verb === 'html' ? new CliRefusal(exportCliVi.htmlUsage, exportCliEn.htmlUsage) : new CliRefusal(exportCliVi.exportUsage, exportCliEn.exportUsage));
  const files: string[] = [];
  let out: string | null = null;
  let profile: string | null = null;
  let force = false;
  const value = (i: number) => {
    const next = args[i];
    if (next === undefined || next === '') throw usage();
    return next;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--out' || arg === '-o') out = value(++i);
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length) || null;
    else if (arg === '--profile') profile = value(++i);
    else if (arg.startsWith('--profile=')) profile = arg.slice('--profile='.length) || null;
    else if (arg === '--force' && verb === 'export') force = true;
    else if (arg.startsWith('-') && arg !== '-') throw usage();
    else files.push(arg);
  }
  if (files.length !== 1) throw usage();
  if (verb === 'export' && !out) throw usage();
  if (verb === 'html' && out) throw usage();
  return { draft: files[0], out, profile, force };
}
