import type { AppInfo } from './services/ports';
import type { LaunchDraft } from './launch-draft';

/** The platforms the page distinguishes (shortcut labels, menu placement). */
export function contractPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

export function createAppInfo(platform: NodeJS.Platform, version: string, launchDraft: LaunchDraft): AppInfo {
  return { platform: contractPlatform(platform), version, takePendingOpen: () => launchDraft.take() };
}
