import path from 'node:path';

/** Electron's app name, from package.json's productName: the data folder's name on every OS. */
export const APP_DATA_NAME = 'Soạn Tin';

/** The environment variable that points the command line at another own-templates folder. */
export const TEMPLATES_DIR_ENV = 'SOAN_TIN_TEMPLATES_DIR';

/**
 * Where Electron keeps the app's data (`app.getPath('userData')`), worked out without Electron
 * so the command line finds what the window stored: Linux `$XDG_CONFIG_HOME/Soạn Tin` or
 * `~/.config/Soạn Tin`, macOS `~/Library/Application Support/Soạn Tin`, Windows
 * `%APPDATA%\Soạn Tin` (else `~\AppData\Roaming\Soạn Tin`).
 */
export function userDataPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string, name = APP_DATA_NAME): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', name);
  const config = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
  return path.posix.join(config, name);
}

/** The office's own templates in a data folder. */
export function ownTemplatesFolder(userData: string, platform: NodeJS.Platform = process.platform): string {
  return (platform === 'win32' ? path.win32 : path.posix).join(userData, 'templates');
}

/**
 * The own-templates folder the command line reads: `--templates-dir DIR`, else the
 * SOAN_TIN_TEMPLATES_DIR environment variable, else the app's data folder's.
 */
export function cliTemplatesFolder(
  override: string | null,
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (override) return override;
  if (env[TEMPLATES_DIR_ENV]) return env[TEMPLATES_DIR_ENV]!;
  return ownTemplatesFolder(userDataPath(platform, env, home), platform);
}
