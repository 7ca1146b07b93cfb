import { cliEn, cliVi } from '../../shared/i18n/messages/cli';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../composition';
import type { DraftFiles } from '../services/ports';
import { createOwnTemplateStore, type OwnTemplateStore } from '../services/templates/own-template-store';
import { cliTemplatesFolder } from '../user-data-path';
import { CliRefusal, EXIT, refusalLine, type CliIo } from './cli-output';
import { convertVerb } from './verbs/convert';
import { exportVerb } from './verbs/export';
import { htmlVerb } from './verbs/html';
import { importVerb } from './verbs/import';
import { infoVerb } from './verbs/info';
import { photosVerb } from './verbs/photos';
import { newVerb } from './verbs/new';
import { templatesDirArgument, templatesVerb } from './verbs/templates';

export interface CliDeps {
  version: string;
  drafts: Pick<DraftFiles, 'open'>;
  /** What `convert` reads when no file is named. */
  stdin?: () => Promise<Buffer>;
  /** The office's own templates: the folder --templates-dir names, else the app's data folder's. */
  ownTemplates: (dir: string | null) => OwnTemplateStore;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The command line's services come from the app's one wiring (composition.ts), on a data folder of
 * its own in the temp folder and settings kept in memory: a verb keeps nothing between runs.
 */
export function defaultCliDeps(version: string): CliDeps {
  const settings = new Map<string, unknown>();
  const store = { get: (key: string) => settings.get(key), set: (key: string, value: unknown) => void settings.set(key, value) };
  const { drafts } = createAppServices(join(tmpdir(), 'soan-tin-cli'), store);
  // The window's own templates: the same folder as the app's data folder, worked out without Electron.
  const ownTemplates = (dir: string | null) => createOwnTemplateStore(cliTemplatesFolder(dir, process.platform, process.env, homedir()));
  return { version, drafts, ownTemplates };
}

/**
 * The `soan-tin` command line: each verb a thin adapter over the services and shared functions
 * the window uses. Returns the exit status; writes one line (Vietnamese, then English) on a
 * refusal, never a stack trace.
 */
export async function runCli(args: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const [verb, ...rest] = args;
  try {
    switch (verb) {
      case undefined:
      case '--help':
      case '-h':
        io.out(`${cliVi.usage}\n\n${cliEn.usage}\n`);
        return EXIT.ok;
      case '--version':
      case '-V':
        io.out(`${deps.version}\n`);
        return EXIT.ok;
      case 'info': {
        const path = rest[0];
        if (!path) throw new CliRefusal(cliVi.missingDraft('info'), cliEn.missingDraft('info'));
        io.out(`${await infoVerb(deps.drafts, path)}\n`);
        return EXIT.ok;
      }
      case 'new':
        io.out(`${await newVerb(rest, deps.ownTemplates)}\n`);
        return EXIT.ok;
      case 'templates':
        io.out(`${await templatesVerb(deps.ownTemplates(templatesDirArgument(rest)), (line) => io.err(`${line}\n`))}\n`);
        return EXIT.ok;
      case 'photos':
        io.out(`${await photosVerb(rest)}\n`);
        return EXIT.ok;
      case 'import':
        io.out(`${await importVerb(rest)}\n`);
        return EXIT.ok;
      case 'html':
        io.out(await htmlVerb(rest, deps.drafts, io.err));
        return EXIT.ok;
      case 'export':
        io.out(`${await exportVerb(rest, deps.drafts, io.err)}\n`);
        return EXIT.ok;
      case 'convert':
        io.out(await convertVerb(rest, deps.stdin ?? readStdin));
        return EXIT.ok;
      default:
        throw new CliRefusal(cliVi.unknownVerb(verb), cliEn.unknownVerb(verb));
    }
  } catch (error) {
    io.err(`${refusalLine(error)}\n`);
    return EXIT.badInput;
  }
}
