import { runCli } from '../../electron/cli/run-cli';
import { createDraftFiles } from '../../electron/services/draft/draft-files';

/** The command line as a test drives it: its exit status and what it wrote to each stream. */
export async function runSoanTin(args: readonly string[], stdin: Buffer = Buffer.alloc(0)): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, { version: '0.1.0', drafts: createDraftFiles(), stdin: async () => stdin });
  return { code, out: out.join(''), err: err.join('') };
}
