import '../editor/legacy/legacy.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, HISTORIC_TAG, HISTORY_PUSH_TAG } from 'lexical';
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { ArticleMeta } from '../../../shared/article/article-schema';
import { converterFor, firstLines, SOURCE_ENCODINGS, type SourceEncoding } from '../../../shared/text/convert/source-encoding';
import { convertToneStyle, detectToneStyle, type ToneStyle } from '../../../shared/text/legacy/tone-style';
import { Dialog } from './Dialog';
import { call, isAppError, soantin } from '../bridge';
import { useMessages } from '../i18n';
import { $bodyText, $convertAllText, $convertSelectedText, $hasTextSelection, $selectedText } from '../editor/legacy/body-text';
import { encodingLabel } from '../editor/legacy/encoding-label';

type MetaText = Pick<ArticleMeta, 'title' | 'sapo'>;

interface Props {
  meta: ArticleMeta;
  onEdit: (patch: Partial<ArticleMeta>) => void;
}

const PREVIEW_LINES = 5;

/**
 * Công cụ ▸ Chuyển mã… and Công cụ ▸ Kiểu bỏ dấu: dialogs over the open article. A conversion
 * is one undo step: the body's runs change in one editor update, and undoing (or redoing)
 * that step puts the title and sapô back as they were (or again) too. (A conversion that
 * changes only the title and sapô leaves no body step; their own fields' undo has it.)
 */
export function LegacyTools({ meta, onEdit }: Props): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<'convert' | 'tone' | null>(null);
  const metaRef = useRef(meta);
  metaRef.current = meta;
  /** Conversions that changed the title or sapô: the body text and the meta before and after each. */
  const steps = useRef<{ body: [string, string]; meta: [MetaText, MetaText] }[]>([]);

  useEffect(() => soantin().onMenuCommand(({ command }) => {
    if (command === 'convertEncoding') setOpen('convert');
    else if (command === 'toneStyle') setOpen('tone');
  }), []);

  // Undo/redo lands on the body a conversion started from (or made): the title and sapô follow,
  // as long as they are still as that conversion left (or found) them.
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, tags }) => {
        if (!tags.has(HISTORIC_TAG) || steps.current.length === 0) return;
        const body = editorState.read($bodyText);
        const same = (a: MetaText, b: MetaText) => a.title === b.title && a.sapo === b.sapo;
        const now = { title: metaRef.current.title, sapo: metaRef.current.sapo };
        for (const step of [...steps.current].reverse()) {
          if (body === step.body[0] && same(now, step.meta[1])) return onEdit(step.meta[0]);
          if (body === step.body[1] && same(now, step.meta[0])) return onEdit(step.meta[1]);
        }
      }),
    [editor, onEdit],
  );

  /** Runs one conversion of the body (and of the title and sapô when `withMeta`), as one undo step. */
  const apply = (bodyChange: () => number, metaChange: ((text: string) => string) | null): number => {
    const bodyBefore = editor.getEditorState().read($bodyText);
    const oldMeta = { title: metaRef.current.title, sapo: metaRef.current.sapo };
    let changed = 0;
    editor.update(
      () => {
        $addUpdateTag(HISTORY_PUSH_TAG);
        changed = bodyChange();
      },
      { discrete: true },
    );
    if (metaChange) {
      const newMeta = { title: metaChange(oldMeta.title), sapo: metaChange(oldMeta.sapo) };
      const metaChanged = newMeta.title !== oldMeta.title || newMeta.sapo !== oldMeta.sapo;
      if (metaChanged) {
        onEdit(newMeta);
        changed += Number(newMeta.title !== oldMeta.title) + Number(newMeta.sapo !== oldMeta.sapo);
      }
      const bodyAfter = editor.getEditorState().read($bodyText);
      if (metaChanged && bodyAfter !== bodyBefore) steps.current = [...steps.current.slice(-19), { body: [bodyBefore, bodyAfter], meta: [oldMeta, newMeta] }];
    }
    return changed;
  };

  if (open === 'convert') return <ConvertDialog onClose={() => setOpen(null)} apply={apply} meta={meta} />;
  if (open === 'tone') return <ToneDialog onClose={() => setOpen(null)} apply={apply} meta={meta} />;
  return null;
}

type Apply = (bodyChange: () => number, metaChange: ((text: string) => string) | null) => number;

function ConvertDialog({ onClose, apply, meta }: { onClose: () => void; apply: Apply; meta: ArticleMeta }) {
  const [editor] = useLexicalComposerContext();
  const m = useMessages().legacy;
  const read = useMemo(
    () => editor.getEditorState().read(() => ({ hasSelection: $hasTextSelection(), selection: $selectedText(), body: $bodyText() })),
    [editor],
  );
  const [source, setSource] = useState<SourceEncoding>('auto');
  const [scope, setScope] = useState<'selection' | 'article'>(read.hasSelection ? 'selection' : 'article');
  const text = scope === 'selection' ? read.selection : [meta.title, meta.sapo, read.body].filter((t) => t.trim() !== '').join('\n');
  const converter = useMemo(() => converterFor(source, text), [source, text]);
  const before = firstLines(text, PREVIEW_LINES);
  const preview = before.map(converter.convert);
  const unchanged = preview.every((line, i) => line === before[i]);
  const names: Record<SourceEncoding, string> = {
    auto: m.encodingAuto,
    tcvn3: m.encodingTcvn3,
    vni: m.encodingVni,
    viqr: m.encodingViqr,
    unicode: m.encodingUnicode,
  };

  const run = () => {
    apply(
      () => (scope === 'selection' ? $convertSelectedText(converter.convert) : $convertAllText(converter.convert)),
      scope === 'article' ? converter.convert : null,
    );
    onClose();
    editor.focus();
  };

  return (
    <Dialog
      title={m.convertTitle}
      testId="convert-dialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} data-testid="convert-cancel">
            {m.cancel}
          </button>
          <button type="button" className="button is-primary" onClick={run} disabled={unchanged} data-testid="convert-apply">
            {m.convertApply}
          </button>
        </>
      }
    >
      <div className="legacy-dialog">
        <label>
          {m.convertSource}
          <select value={source} onChange={(e) => setSource(e.target.value as SourceEncoding)} data-testid="convert-source">
            {SOURCE_ENCODINGS.map((s) => (
              <option key={s} value={s}>
                {names[s]}
              </option>
            ))}
          </select>
        </label>
        {source === 'auto' && converter.detected && converter.detected.encoding !== 'unknown' && (
          <p className="legacy-note" data-testid="convert-detected">
            {m.convertDetected.replace('{encoding}', encodingLabel(converter.detected, m))}
          </p>
        )}
        <label>
          <input type="radio" name="convert-scope" checked={scope === 'selection'} disabled={!read.hasSelection} onChange={() => setScope('selection')} />{' '}
          {m.convertScopeSelection}
        </label>
        <label>
          <input type="radio" name="convert-scope" checked={scope === 'article'} onChange={() => setScope('article')} data-testid="convert-scope-article" />{' '}
          {m.convertScopeArticle}
        </label>
        <p className="legacy-note">{m.convertPreview}</p>
        <div className="legacy-preview" data-testid="convert-preview" lang="vi">
          {unchanged ? m.convertNothing : preview.join('\n')}
        </div>
      </div>
    </Dialog>
  );
}

function ToneDialog({ onClose, apply, meta }: { onClose: () => void; apply: Apply; meta: ArticleMeta }) {
  const [editor] = useLexicalComposerContext();
  const m = useMessages().legacy;
  const [style, setStyle] = useState<ToneStyle | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const text = useMemo(() => [meta.title, meta.sapo, editor.getEditorState().read($bodyText)].join('\n'), [editor, meta]);
  const report = useMemo(() => detectToneStyle(text), [text]);

  useEffect(() => {
    void call('getToneStyle', {}).then((answer) => setStyle(isAppError(answer) ? 'old' : answer.toneStyle));
  }, []);

  const choose = (next: ToneStyle) => {
    setStyle(next);
    void call('setToneStyle', { toneStyle: next });
  };

  const run = () => {
    if (!style) return;
    const target = style;
    const count = (s: string) => detectToneStyle(s)[target === 'old' ? 'new' : 'old'];
    const toChange = count(text);
    apply(() => $convertAllText((t) => convertToneStyle(t, target)), (t) => convertToneStyle(t, target));
    setDone(toChange === 0 ? m.toneNone : m.toneDone.replace('{count}', String(toChange)));
  };

  return (
    <Dialog
      title={m.toneTitle}
      testId="tone-dialog"
      onCancel={onClose}
      actions={
        done ? (
          <button type="button" className="button is-primary" onClick={() => { onClose(); editor.focus(); }} data-testid="tone-close">
            {m.close}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {m.cancel}
            </button>
            <button type="button" className="button is-primary" onClick={run} disabled={!style} data-testid="tone-apply">
              {m.toneApply}
            </button>
          </>
        )
      }
    >
      <div className="legacy-dialog">
        <p data-testid="tone-report">
          {m.toneReport.replace('{old}', String(report.old)).replace('{new}', String(report.new))}
          {report.mixed && <strong> {m.toneMixed}</strong>}
        </p>
        {report.mixed && (
          <p className="legacy-note" data-testid="tone-examples">
            {m.toneExamples.replace('{old}', report.examples.old.join(', ')).replace('{new}', report.examples.new.join(', '))}
          </p>
        )}
        <label>
          <input type="radio" name="tone-style" checked={style === 'old'} onChange={() => choose('old')} data-testid="tone-old" /> {m.toneOld}
        </label>
        <label>
          <input type="radio" name="tone-style" checked={style === 'new'} onChange={() => choose('new')} data-testid="tone-new" /> {m.toneNew}
        </label>
        {done && <p data-testid="tone-done">{done}</p>}
      </div>
    </Dialog>
  );
}
