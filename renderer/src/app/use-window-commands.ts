import { useEffect, useRef, type RefObject } from 'react';
import { soantin } from '../bridge';
import type { EditorCommand, EditorController } from '../editor';
import { shortcutCommand } from './shortcuts';
import type { Leave } from './use-file-flows';

/**
 * An Edit-menu command clicked with the mouse: it acts where the caret is. In the title, sapô or
 * a details field, Undo and Redo are the field's own and formatting does not apply; elsewhere it
 * goes to the body.
 */
function runEditCommand(command: EditorCommand, editor: EditorController | null): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
    if (command === 'undo' || command === 'redo') document.execCommand(command);
    return;
  }
  editor?.run(command);
}

interface Commands {
  request: (to: Leave) => void;
  save: (saveAs: boolean) => Promise<boolean>;
  openAbout: () => void;
  insertPhotos: () => void;
  controllerRef: RefObject<EditorController | null>;
}

/** What reaches the window from outside the page's own controls: the menu, the OS, the close button, the file shortcuts. */
export function useWindowCommands(commands: Commands): void {
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  useEffect(() => {
    const api = soantin();
    const offs = [
      api.onMenuCommand(({ command }) => {
        const { request, save, openAbout, controllerRef } = commandsRef.current;
        switch (command) {
          case 'new':
            return request({ kind: 'new' });
          case 'open':
            return request({ kind: 'open' });
          case 'save':
            return void save(false);
          case 'saveAs':
            return void save(true);
          case 'about':
            return openAbout();
          case 'importFile':
          case 'newFromTemplate': // use-new-from-template.ts
          case 'saveAsTemplate': // use-save-as-template.ts
          case 'importTemplate': // use-new-from-template.ts
          case 'convertEncoding':
          case 'toneStyle':
          case 'exportPackage':
          case 'copyPortalHtml':
          case 'print':
          case 'exportPdf':
            return; // their own listeners (use-import-file.ts, LegacyTools, use-print.ts) answer these
          case 'insertPhoto':
            return commandsRef.current.insertPhotos();
          default:
            return runEditCommand(command, controllerRef.current);
        }
      }),
      api.onOpenFileRequest(({ path }) => commandsRef.current.request({ kind: 'open', path })),
      api.onCloseRequested(() => commandsRef.current.request({ kind: 'close' })),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command) return;
      e.preventDefault();
      const { request, save } = commandsRef.current;
      if (command === 'new') request({ kind: 'new' });
      else if (command === 'open') request({ kind: 'open' });
      else if (command === 'insertPhoto') commandsRef.current.insertPhotos();
      else void save(command === 'saveAs');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
