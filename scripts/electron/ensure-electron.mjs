// @ts-check
// Makes sure the Electron binary is on this machine before electron-vite runs it.
//
// Electron 45 has no install script: its binary arrives the first time `require('electron')`
// runs, but electron-vite reads node_modules/electron/path.txt itself and stops with
// "Electron uninstall" when it is missing. So `npm start` and `npm run dev` come here first:
// an Electron given by ELECTRON_OVERRIDE_DIST_PATH is used as it is; otherwise Electron's own
// installer (node_modules/electron/install.js, through @electron/get) downloads it, honouring
// ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, electron_config_cache and, with ELECTRON_GET_USE_PROXY,
// the proxy variables, exactly as Electron does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the executable sits inside an Electron distribution folder (Electron's own table). */
export function platformPath(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * @param {string} electronDir the electron package's folder
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ ok: true, path: string, downloaded: boolean } | { ok: false, reason: 'override-missing' | 'download-skipped' | 'download-failed', detail: string }}
 */
export function ensureElectron(electronDir, env = process.env, platform = process.platform) {
  const inside = platformPath(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, inside);
    return existsSync(path) ? { ok: true, path, downloaded: false } : { ok: false, reason: 'override-missing', detail: path };
  }
  const installed = installedPath(electronDir);
  if (installed) return { ok: true, path: installed, downloaded: false };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { ok: false, reason: 'download-skipped', detail: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }

  console.log('Đang tải Electron (một lần) · Downloading Electron (once)…');
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  const after = installedPath(electronDir);
  if (run.status === 0 && after) return { ok: true, path: after, downloaded: true };
  return { ok: false, reason: 'download-failed', detail: firstErrorLine(run.stderr ?? '') || `installer exited with ${run.status}` };
}

/** The binary the electron package already holds, as its own index.js finds it. */
function installedPath(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? path : null;
}

/** "TypeError: fetch failed", "HTTPError: Response code 404 …": the line that says what went wrong. */
function firstErrorLine(stderr) {
  return stderr.split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('at ')) ?? '';
}

/** One paragraph, Vietnamese then English: why there is no Electron and what to do. */
export function explainMissingElectron(failure) {
  const why = {
    'override-missing': [
      `ELECTRON_OVERRIDE_DIST_PATH không chứa Electron (không thấy ${failure.detail}).`,
      `ELECTRON_OVERRIDE_DIST_PATH holds no Electron (${failure.detail} is missing).`,
    ],
    'download-skipped': [
      'Chưa có Electron và việc tải đã bị tắt (ELECTRON_SKIP_BINARY_DOWNLOAD).',
      'Electron is not installed and its download is turned off (ELECTRON_SKIP_BINARY_DOWNLOAD).',
    ],
    'download-failed': [
      `Không tải được Electron ${electronVersionNote()}(${failure.detail}).`,
      `Electron could not be downloaded ${electronVersionNote()}(${failure.detail}).`,
    ],
  }[failure.reason];
  return [
    `Soạn Tin cần Electron để mở cửa sổ. ${why[0]} Hãy chạy "npm start" một lần trên máy có Internet ` +
      '(Electron được lưu lại cho các lần sau), hoặc đặt ELECTRON_OVERRIDE_DIST_PATH trỏ tới thư mục ' +
      'Electron đã giải nén sẵn trên máy; ELECTRON_MIRROR chọn nơi tải khác.',
    '',
    `Soạn Tin needs Electron to open its window. ${why[1]} Run "npm start" once on a machine with ` +
      'internet access (Electron is kept for later runs), or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked ' +
      'Electron already on this machine; ELECTRON_MIRROR picks another download location.',
  ].join('\n');
}

function electronVersionNote() {
  try {
    const { version } = JSON.parse(readFileSync(new URL('../../node_modules/electron/package.json', import.meta.url), 'utf8'));
    return `${version} `;
  } catch {
    return '';
  }
}
