import { useEffect, useState } from 'react';
import { countText } from '../../../shared/text/word-count';

/** The text selected in the article (title, sapô, a caption or the body); '' when none. */
function selectedArticleText(): string {
  const focused = document.activeElement;
  if ((focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement) && focused.closest('.article-column')) {
    const start = focused.selectionStart ?? 0;
    const end = focused.selectionEnd ?? 0;
    return end > start ? focused.value.slice(start, end) : '';
  }
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const body = document.querySelector('[data-testid="editor-body"]');
  return body?.contains(selection.getRangeAt(0).commonAncestorContainer) ? selection.toString() : '';
}

/**
 * How many words the officer has selected in the article, or null when nothing is: the status
 * bar then reads "12 / 351 từ". Counted once per frame however fast the selection moves.
 */
export function useSelectedWords(): number | null {
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const text = selectedArticleText();
      setSelected(text.trim() === '' ? null : countText(text).words);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    document.addEventListener('selectionchange', schedule);
    // A textarea's own selection: 'select' and the keys and clicks that move it.
    document.addEventListener('select', schedule, true);
    document.addEventListener('keyup', schedule, true);
    document.addEventListener('mouseup', schedule, true);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('select', schedule, true);
      document.removeEventListener('keyup', schedule, true);
      document.removeEventListener('mouseup', schedule, true);
    };
  }, []);
  return selected;
}
