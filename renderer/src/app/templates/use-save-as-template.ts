import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article/article-schema';
import { soantin } from '../../bridge';

/**
 * Tệp ▸ Lưu làm mẫu… and the Mẫu tab's button: the article as it stands now goes to the save
 * dialog (taken once, when it opens: typing on behind the dialog does not change the template).
 */
export function useSaveAsTemplate(articleNow: () => Article | null) {
  const [article, setArticle] = useState<Article | null>(null);
  const latest = useRef(articleNow);
  latest.current = articleNow;
  const open = useCallback(() => setArticle(latest.current()), []);
  useEffect(
    () =>
      soantin().onMenuCommand(({ command }) => {
        if (command === 'saveAsTemplate') open();
      }),
    [open],
  );
  return { article, open, close: useCallback(() => setArticle(null), []) };
}
