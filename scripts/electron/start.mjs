// @ts-check
// `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev): make sure of the
// Electron binary, then hand electron-vite the path (ELECTRON_EXEC_PATH) and the arguments.
//   node scripts/electron/start.mjs preview|dev [electron-vite arguments…]
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ensureElectron, explainMissingElectron } from './ensure-electron.mjs';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
// SOANTIN_ELECTRON_PACKAGE names another electron package folder: the tests' stand-in for a machine without Electron.
const electronDir = process.env.SOANTIN_ELECTRON_PACKAGE ?? dirname(require.resolve('electron/package.json', { paths: [root] }));

const [command = 'preview', ...rest] = process.argv.slice(2);
const electron = ensureElectron(electronDir);
if (!electron.ok) {
  console.error(`\n${explainMissingElectron(electron)}\n`);
  process.exit(1);
}

const cli = join(dirname(require.resolve('electron-vite/package.json', { paths: [root] })), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, command, ...rest], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
