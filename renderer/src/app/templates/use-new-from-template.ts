import { useCallback, useEffect, useRef, useState } from 'react';
import { articleFromTemplate } from '../../../../shared/templates/template-article';
import { toIsoDate } from '../../../../shared/article/new-article';
import type { Template } from '../../../../shared/templates/template-schema';
import { soantin } from '../../bridge';
import { shortcutLetter } from '../../editor/shortcut-letter';
import type { DocumentStore } from '../document-store';
import type { Leave } from '../use-file-flows';

/**
 * Tệp ▸ Bài mới theo mẫu… (Ctrl/⌘+Shift+N): the chooser, then, like Mới, a question about unsaved
 * work before the new draft replaces the open one. The draft is the template's skeleton with the
 * meeting dated today; the Mẫu tab fills in the rest.
 */
export function useNewFromTemplate(store: DocumentStore, request: (to: Leave) => void) {
  // 'import': Tệp ▸ Nhập mẫu… opens the chooser on the file dialog.
  const [choosing, setChoosing] = useState<false | 'choose' | 'import'>(false);
  const open = useCallback(() => setChoosing('choose'), []);

  useEffect(() => {
    const off = soantin().onMenuCommand(({ command }) => {
      if (command === 'newFromTemplate') open();
      if (command === 'importTemplate') setChoosing('import');
    });
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || shortcutLetter(e) !== 'n') return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const storeRef = useRef(store);
  storeRef.current = store;
  const choose = useCallback(
    (template: Template) => {
      setChoosing(false);
      request({
        kind: 'import',
        run: async () => {
          const now = new Date();
          // An own template's kept fields (host, place, attendees…) come in by articleFromTemplate.
          const { article } = articleFromTemplate({ template, fields: { template: template.id, date: toIsoDate(now) }, id: crypto.randomUUID(), now });
          storeRef.current.dispatch({ type: 'loaded', article, path: null, origin: 'new' });
          return true;
        },
      });
    },
    [request],
  );

  return { choosing: choosing !== false, importing: choosing === 'import', choose, cancel: () => setChoosing(false) };
}
