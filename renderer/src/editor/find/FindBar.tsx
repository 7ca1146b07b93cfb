import './find.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $setSelection } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { DEFAULT_FIND_OPTIONS, type FindOptions } from '../../../../shared/text/find';
import { useMessages } from '../../i18n';
import { useEditorEnvironment } from '../editor-environment';
import { findShortcut } from './find-shortcuts';
import { clearMatches, domRange, paintMatches } from './highlights';
import { replaceInBody } from './replace';
import { useArticleMatches, type ArticleMatch } from './use-find';

interface Props {
  title: string;
  sapo: string;
  onEditMeta: (patch: { title?: string; sapo?: string }) => void;
}

const FIELD_TEST_IDS = { title: 'meta-title', sapo: 'meta-sapo' } as const;

function fieldOf(place: 'title' | 'sapo'): HTMLTextAreaElement | null {
  return document.querySelector<HTMLTextAreaElement>(`[data-testid="${FIELD_TEST_IDS[place]}"]`);
}

/** The text with the given matches replaced, last first. */
function replaced(text: string, matches: readonly ArticleMatch[], replacement: string): string {
  let out = text;
  for (let i = matches.length - 1; i >= 0; i--) out = out.slice(0, matches[i]!.start) + replacement + out.slice(matches[i]!.end);
  return out;
}

/**
 * Find and replace over the title, the sapô and the body (Ctrl/⌘+F, Ctrl/⌘+H). Matches are
 * painted with CSS highlights, so searching changes nothing in the document or its undo history;
 * a replacement is an edit, and "Thay tất cả" is one undo step in the body.
 */
export function FindBar({ title, sapo, onEditMeta }: Props): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const { mac } = useEditorEnvironment();
  const t = useMessages().find;
  const [open, setOpen] = useState(false);
  const [withReplace, setWithReplace] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [current, setCurrent] = useState(0);
  const [said, setSaid] = useState<string | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);

  const matches = useArticleMatches(editor, open, query, options, title, sapo);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const currentMatch = index >= 0 ? matches[index]! : null;

  // Paint every body match, and the current one apart; the fields get a mark of their own.
  useEffect(() => {
    if (!open) return clearMatches();
    const ranges: Range[] = [];
    let currentRange: Range | null = null;
    matches.forEach((m, i) => {
      if (!m.points) return;
      const range = domRange(editor, m.points.start, m.points.end);
      if (!range) return;
      ranges.push(range);
      if (i === index) currentRange = range;
    });
    paintMatches(ranges, currentRange);
    for (const place of ['title', 'sapo'] as const) {
      const field = fieldOf(place);
      if (!field) continue;
      if (currentMatch?.place === place) {
        field.dataset.findCurrent = 'true';
        field.setSelectionRange(currentMatch.start, currentMatch.end);
      } else delete field.dataset.findCurrent;
    }
  }, [open, matches, index, currentMatch, editor]);

  useEffect(() => () => clearMatches(), []);

  // The current match is brought into view.
  const reveal = useCallback(
    (m: ArticleMatch | null) => {
      if (!m) return;
      const element = m.points ? editor.getElementByKey(m.points.start.key) : fieldOf(m.place as 'title' | 'sapo');
      element?.scrollIntoView({ block: 'center' });
    },
    [editor],
  );
  const revealKey = currentMatch ? `${currentMatch.place}:${currentMatch.start}:${index}` : '';
  useEffect(() => {
    if (open) reveal(currentMatch);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealKey, open]);

  const step = useCallback(
    (by: 1 | -1) => {
      setSaid(null);
      if (matches.length > 0) setCurrent((c) => (Math.min(c, matches.length - 1) + by + matches.length) % matches.length);
    },
    [matches.length],
  );

  const show = useCallback((replace: boolean) => {
    setOpen(true);
    setSaid(null);
    if (replace) setWithReplace(true);
    // Seeded with the selected words, as in Word, when they are on one line.
    const selected = window.getSelection()?.toString() ?? '';
    if (selected && !/[\r\n]/.test(selected) && selected.length <= 200) {
      setQuery(selected.normalize('NFC'));
      setCurrent(0);
    }
    requestAnimationFrame(() => {
      const field = replace ? replaceRef.current : findRef.current;
      field?.focus();
      field?.select();
    });
  }, []);

  /** Closes the bar and puts the caret on the current match, as Word leaves it selected. */
  const close = useCallback(() => {
    const m = currentMatch;
    setOpen(false);
    clearMatches();
    for (const place of ['title', 'sapo'] as const) delete fieldOf(place)?.dataset.findCurrent;
    if (m?.points) {
      const { start, end } = m.points;
      editor.update(() => {
        const selection = $createRangeSelection();
        selection.anchor.set(start.key, start.offset, 'text');
        selection.focus.set(end.key, end.offset, 'text');
        $setSelection(selection);
      });
      editor.focus();
    } else if (m) {
      const field = fieldOf(m.place as 'title' | 'sapo');
      field?.focus();
      field?.setSelectionRange(m.start, m.end);
    } else editor.focus();
  }, [currentMatch, editor]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shortcut = findShortcut(e, mac);
      if (!shortcut || e.isComposing) return;
      if ((shortcut === 'next' || shortcut === 'previous') && !open) return;
      e.preventDefault();
      e.stopPropagation();
      if (shortcut === 'find' || shortcut === 'replace') show(shortcut === 'replace');
      else step(shortcut === 'next' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [mac, open, show, step]);

  const replaceCurrent = () => {
    const m = currentMatch;
    if (!m) return;
    if (m.points) replaceInBody(editor, [m.points], replacement);
    else if (m.place === 'title') onEditMeta({ title: replaced(title, [m], replacement.normalize('NFC')) });
    else onEditMeta({ sapo: replaced(sapo, [m], replacement.normalize('NFC')) });
    setSaid(null);
  };

  const replaceAll = () => {
    if (matches.length === 0) return;
    const text = replacement.normalize('NFC');
    const inTitle = matches.filter((m) => m.place === 'title');
    const inSapo = matches.filter((m) => m.place === 'sapo');
    const patch: { title?: string; sapo?: string } = {};
    if (inTitle.length) patch.title = replaced(title, inTitle, text);
    if (inSapo.length) patch.sapo = replaced(sapo, inSapo, text);
    if (patch.title !== undefined || patch.sapo !== undefined) onEditMeta(patch);
    replaceInBody(
      editor,
      matches.flatMap((m) => (m.points ? [m.points] : [])),
      text,
    );
    setSaid(t.replaced(matches.length));
    setCurrent(0);
  };

  const onFindKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  };
  const onReplaceKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) replaceAll();
      else replaceCurrent();
    }
  };
  const onBarKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const place = currentMatch?.place === 'title' ? t.inTitle : currentMatch?.place === 'sapo' ? t.inSapo : '';
  const countText = useMemo(() => {
    if (said) return said;
    if (query.length === 0) return '';
    return matches.length === 0 ? t.none : t.count(index + 1, matches.length);
  }, [said, query, matches.length, index, t]);

  if (!open) return null;
  const toggle = (key: keyof FindOptions) => {
    setOptions((o) => ({ ...o, [key]: !o[key] }));
    setCurrent(0);
    setSaid(null);
  };
  return (
    <div className="st-find" role="search" aria-label={t.barLabel} data-testid="find-bar" onKeyDown={onBarKey}>
      <div className="st-find-row">
        <button
          type="button"
          className="st-find-toggle"
          aria-label={t.toggleReplace}
          title={t.toggleReplace}
          aria-expanded={withReplace}
          onClick={() => setWithReplace((w) => !w)}
        >
          {withReplace ? '▾' : '▸'}
        </button>
        <label className="st-find-label">
          <span>{t.find}</span>
          <input
            ref={findRef}
            data-testid="find-input"
            type="text"
            lang="vi"
            spellCheck={false}
            placeholder={t.findPlaceholder}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value.normalize('NFC'));
              setCurrent(0);
              setSaid(null);
            }}
            onKeyDown={onFindKey}
          />
        </label>
        <span className="st-find-count" data-testid="find-count" role="status" aria-live="polite">
          {countText}
          {place && <span className="st-find-place"> {place}</span>}
        </span>
        <button type="button" className="st-find-btn" data-testid="find-prev" aria-label={t.previous} title={t.previous} disabled={matches.length === 0} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" className="st-find-btn" data-testid="find-next" aria-label={t.next} title={t.next} disabled={matches.length === 0} onClick={() => step(1)}>
          ↓
        </button>
        <OptionToggle testId="find-ignore-tones" label={t.ignoreTones} short={t.ignoreTonesShort} on={options.ignoreTones} onToggle={() => toggle('ignoreTones')} />
        <OptionToggle testId="find-match-case" label={t.matchCase} short={t.matchCaseShort} on={options.matchCase} onToggle={() => toggle('matchCase')} />
        <OptionToggle testId="find-whole-word" label={t.wholeWord} short={t.wholeWordShort} on={options.wholeWord} onToggle={() => toggle('wholeWord')} />
        <button type="button" className="st-find-btn" data-testid="find-close" aria-label={t.close} title={t.close} onClick={close}>
          ×
        </button>
      </div>
      {withReplace && (
        <div className="st-find-row">
          <span className="st-find-indent" />
          <label className="st-find-label">
            <span>{t.replace}</span>
            <input
              ref={replaceRef}
              data-testid="replace-input"
              type="text"
              lang="vi"
              spellCheck={false}
              placeholder={t.replacePlaceholder}
              value={replacement}
              onChange={(e) => setReplacement(e.target.value)}
              onKeyDown={onReplaceKey}
            />
          </label>
          <button type="button" className="st-find-action" data-testid="replace-one" disabled={!currentMatch} onClick={replaceCurrent}>
            {t.replaceOne}
          </button>
          <button type="button" className="st-find-action" data-testid="replace-all" disabled={matches.length === 0} onClick={replaceAll}>
            {t.replaceAll}
          </button>
        </div>
      )}
    </div>
  );
}

function OptionToggle({ testId, label, short, on, onToggle }: { testId: string; label: string; short: string; on: boolean; onToggle: () => void }): JSX.Element {
  return (
    <button type="button" className="st-find-option" data-testid={testId} aria-label={label} title={label} aria-pressed={on} onClick={onToggle}>
      {short}
    </button>
  );
}
