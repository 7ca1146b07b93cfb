import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/run-cli';
import { createDraftFiles } from '../../electron/services/draft/draft-files';
import { createOwnTemplateStore } from '../../electron/services/templates/own-template-store';
import { cliTemplatesFolder } from '../../electron/user-data-path';

export interface RunOptions {
  /** The environment the own-templates folder is found from (SOAN_TIN_TEMPLATES_DIR, XDG_CONFIG_HOME). */
  env?: Record<string, string | undefined>;
  /** The home folder; one with no data folder in it unless a test says otherwise. */
  home?: string;
}

/** The command line as a test drives it: its exit status and what it wrote to each stream. */
export async function runSoanTin(args: readonly string[], stdin: Buffer = Buffer.alloc(0), options: RunOptions = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const home = options.home ?? join(tmpdir(), 'soantin-test-home-without-data');
  const ownTemplates = (dir: string | null) => createOwnTemplateStore(cliTemplatesFolder(dir, process.platform, options.env ?? {}, home));
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, { version: '0.1.0', drafts: createDraftFiles(), stdin: async () => stdin, ownTemplates });
  return { code, out: out.join(''), err: err.join('') };
}
