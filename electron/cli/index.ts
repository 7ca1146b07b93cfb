// The `soan-tin` command line in plain Node (built to out/main/cli.js; bin/soan-tin.mjs runs it).
import { readFileSync } from 'node:fs';
import { defaultCliDeps, runCli } from './run-cli';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const code = await runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }, defaultCliDeps(version));
process.exitCode = code;
