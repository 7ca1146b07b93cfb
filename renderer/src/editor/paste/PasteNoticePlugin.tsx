import './paste-notice.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_EDITOR, DROP_COMMAND, PASTE_COMMAND } from 'lexical';
import { useEffect, useRef, useState, type JSX } from 'react';
import { useMessages } from '../../i18n';
import { imageFilesOf } from '../figure/FigurePlugin';
import { PASTE_DROPPED_COMMAND } from './paste-dropped-command';
import { describeDropped, droppedAnything, noneDropped, type PasteDropped } from './paste-report';

/** Long enough to read a sentence twice; the next paste replaces it sooner. */
const NOTICE_MS = 12_000;

/** Files of a drop or paste that the body cannot take (only photos are taken, by FigurePlugin). */
function refusedFiles(data: DataTransfer | null): string[] {
  if (!data || data.files.length === 0) return [];
  const photos = new Set(imageFilesOf(data));
  return [...data.files].filter((file) => !photos.has(file)).map((file) => file.name);
}

/**
 * The small notice after a paste or a drop that left something out — "Đã bỏ 2 ảnh và định dạng
 * căn lề", "Không nhận tệp “bao-cao.docx”…" — so nothing is lost silently. Announced politely to
 * screen readers; it goes at the next paste, when dismissed, or after a while.
 */
export function PasteNoticePlugin(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const m = useMessages().paste;
  const [notice, setNotice] = useState<{ dropped: PasteDropped; key: number } | null>(null);
  // Files refused by this very paste or drop, told together with what its text left out.
  const refusedNow = useRef<string[]>([]);

  useEffect(() => {
    const show = (dropped: PasteDropped) => setNotice(droppedAnything(dropped) ? { dropped, key: Date.now() } : null);
    /** Files only, none of them a photo: nothing else will take them, so say so and stop here. */
    const refuse = (event: DragEvent | ClipboardEvent, data: DataTransfer | null): boolean => {
      const refused = refusedFiles(data);
      if (refused.length === 0) return false;
      const photos = imageFilesOf(data).length;
      const hasText = (data?.types ?? []).some((type) => type === 'text/html' || type === 'text/plain');
      show({ ...noneDropped(), files: refused });
      refusedNow.current = refused;
      setTimeout(() => (refusedNow.current = []), 0);
      if (photos > 0 || hasText) return false; // the photos (or the text) still go in
      event.preventDefault();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        PASTE_DROPPED_COMMAND,
        (dropped) => {
          show({ ...dropped, files: [...dropped.files, ...refusedNow.current] });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(DROP_COMMAND, (event) => refuse(event, event.dataTransfer), COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => (event instanceof ClipboardEvent ? refuse(event, event.clipboardData) : false),
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  if (!notice) return null;
  return (
    <div className="st-paste-notice" role="status" data-testid="paste-notice" key={notice.key}>
      <span className="st-paste-notice-text">{describeDropped(notice.dropped, m)}</span>
      <button type="button" className="st-paste-notice-close" aria-label={m.dismiss} title={m.dismiss} onClick={() => setNotice(null)}>
        ×
      </button>
    </div>
  );
}
