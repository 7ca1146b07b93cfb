#!/usr/bin/env node
// `soan-tin` / `npx soan-tin`: the command line, built by `npm run build` into out/main/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('soan-tin: Chưa dựng dòng lệnh, hãy chạy "npm run build" trước. · The command line is not built yet: run "npm run build" first.');
  process.exit(2);
}
await import(cli.href);
