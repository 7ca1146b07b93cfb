import type { ReactNode } from 'react';

/**
 * Where messages appear: fixed over the top of the article, whatever the officer has scrolled
 * to, so an error raised at the end of a long article is seen. The messages inside carry their
 * own role (alert for errors, status for notices) and are announced when they appear.
 */
export function NoticeArea({ children }: { children: ReactNode }) {
  return (
    <div className="notice-area" data-testid="notice-area">
      {children}
    </div>
  );
}
