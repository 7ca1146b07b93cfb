import type { AppInfo } from './services/ports';
import type { LaunchDraft } from './launch-draft';

export function createAppInfo(version: string, launchDraft: LaunchDraft): AppInfo {
  return { version, takePendingOpen: () => launchDraft.take() };
}
