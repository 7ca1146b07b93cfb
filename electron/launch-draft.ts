import type { Article } from '../shared/article/article-schema';
import { toErrorPayload } from './services/node-errors';
import type { Log, PendingOpen } from './services/ports';

/**
 * The draft the app was launched with. Reading starts the moment it is named, while the page
 * is still loading; the page collects the result with its start-up call, so a double-clicked
 * draft appears without a second round trip. Once the page has asked, later drafts are not
 * held here (they go to the page as open requests).
 */
export interface LaunchDraft {
  /** Starts reading `path` for the page's start-up call; false when the page has already asked. */
  offer(path: string): boolean;
  /** What the page gets at start-up: the draft read, the error it met, or null. */
  take(): Promise<PendingOpen>;
  /** A new page is loading (a new window, a reload): the next start-up call is a first one again. */
  rearm(): void;
}

export function createLaunchDraft(
  read: (path: string) => Promise<Article>,
  onOpened: (path: string, article: Article) => void = () => {},
  log: Log = () => {},
): LaunchDraft {
  let asked = false;
  let pending: Promise<PendingOpen> | null = null;

  return {
    offer(path) {
      if (asked) return false;
      pending = read(path).then(
        (article): PendingOpen => {
          try {
            onOpened(path, article);
          } catch (error) {
            // The draft was read: a failed recent-files entry must not lose it.
            log('recording the launch draft failed', error);
          }
          return { path, document: { path, article } };
        },
        (error: unknown): PendingOpen => ({ path, errorCode: toErrorPayload(error).code }),
      );
      return true;
    },
    take() {
      asked = true;
      const result = pending ?? Promise.resolve(null);
      pending = null;
      return result;
    },
    rearm() {
      asked = false;
    },
  };
}
