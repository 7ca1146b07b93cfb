import { useEffect, useState } from 'react';
import { call, isAppError } from '../../bridge';
import { useLocale, useMessages } from '../../i18n';
import { Dialog } from '../Dialog';
import { directorySaved, useDirectory } from './directory-client';
import { emptyRow, peopleOfRows, rowOf, type DirectoryRow } from './directory-rows';

interface Props {
  onClose: () => void;
  showError: (error: { code: string }) => void;
}

type Note = { kind: 'info' | 'error'; text: string; details?: string[] };

/**
 * Danh bạ lãnh đạo: the office's leaders, one row each (honorific, name, the title chain one
 * title per line, short form, unit, protocol rank, in office from/to), imported from and exported
 * to an Excel workbook, a CSV for Excel or JSON. Nothing reaches the saved directory before Lưu.
 */
export function DirectoryDialog({ onClose, showError }: Props) {
  const t = useMessages().templates;
  const locale = useLocale();
  const saved = useDirectory();
  const [rows, setRows] = useState<DirectoryRow[]>(() => saved.map(rowOf));
  const [dirty, setDirty] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [busy, setBusy] = useState(false);
  // The directory may arrive after the dialog opened; an edit in progress is never replaced.
  useEffect(() => {
    if (!dirty) setRows(saved.map(rowOf));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const edit = (i: number, patch: Partial<DirectoryRow>) => {
    setRows((list) => list.map((r, n) => (n === i ? { ...r, ...patch } : r)));
    setDirty(true);
  };

  const save = async () => {
    const built = peopleOfRows(rows);
    if ('problem' in built) {
      setNote({ kind: 'error', text: t.directoryInvalid(built.row, t[built.problem]) });
      return;
    }
    setBusy(true);
    const result = await call('saveDirectory', { people: built.people });
    setBusy(false);
    if (isAppError(result)) return showError(result);
    directorySaved(result.people);
    setRows(result.people.map(rowOf));
    setDirty(false);
    setNote({ kind: 'info', text: t.directorySaved });
  };

  const importFile = async () => {
    const result = await call('importDirectory', {});
    if (isAppError(result)) return showError(result);
    if (result.status === 'cancelled') return;
    if (result.status === 'refused') return setNote({ kind: 'error', text: `${result.message[locale]} ${t.directoryUnchanged}` });
    setRows(result.people.map(rowOf));
    setDirty(true);
    setNote({ kind: 'info', text: t.directoryImported(result.people.length), details: result.skipped.map((s) => s[locale]) });
  };

  const exportFile = async () => {
    const result = await call('exportDirectory', {});
    if (isAppError(result)) return showError(result);
    if (result.status === 'exported') setNote({ kind: 'info', text: t.directoryExported(result.path) });
  };

  const cell = (i: number, key: keyof DirectoryRow, label: string, props: { wide?: boolean; placeholder?: string } = {}) => (
    <label className={props.wide ? 'tpl-dir-cell is-wide' : 'tpl-dir-cell'}>
      <span className="tpl-dir-label" title={label}>{label}</span>
      {key === 'titles' ? (
        <textarea rows={3} value={rows[i][key]} onChange={(e) => edit(i, { [key]: e.target.value })} data-testid={`dir-${key}`} />
      ) : (
        <input type="text" value={rows[i][key]} placeholder={props.placeholder} onChange={(e) => edit(i, { [key]: e.target.value })} data-testid={`dir-${key}`} />
      )}
    </label>
  );

  return (
    <Dialog
      title={t.directoryTitle}
      testId="directory-dialog"
      // Escape loses nothing: with changes not yet saved (an edit, a file read) it says so and stays.
      onCancel={() => (dirty ? setNote({ kind: 'error', text: t.unsavedDirectory }) : onClose())}
      actions={
        <>
          <button type="button" className="button" onClick={() => void importFile()} data-testid="dir-import">
            {t.importDirectory}
          </button>
          <button type="button" className="button" disabled={dirty || saved.length === 0} onClick={() => void exportFile()} data-testid="dir-export">
            {t.exportDirectory}
          </button>
          <span className="tpl-spacer" />
          {dirty && (
            <button type="button" className="button" onClick={onClose} data-testid="dir-discard">
              {t.discardDirectory}
            </button>
          )}
          <button type="button" className="button is-primary" disabled={!dirty || busy} onClick={() => void save()} data-testid="dir-save">
            {t.saveDirectory}
          </button>
          {!dirty && (
            <button type="button" className="button" onClick={onClose} data-testid="dir-close">
              {t.closeDirectory}
            </button>
          )}
        </>
      }
    >
      <div className="tpl-directory">
        <p>{t.directoryIntro}</p>
        {note && (
          <div className={note.kind === 'error' ? 'tpl-note is-error' : 'tpl-note'} role={note.kind === 'error' ? 'alert' : 'status'} data-testid="dir-note">
            {note.text}
            {note.details && note.details.length > 0 && (
              <>
                <br />
                {t.directorySkipped}
                <ul>
                  {note.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <ol className="tpl-dir-rows">
          {rows.map((_, i) => (
            <li key={i} className="tpl-dir-row" data-testid="dir-row">
              {cell(i, 'honorific', t.colHonorific, { placeholder: 'bà / ông' })}
              {cell(i, 'name', t.colName, { wide: true })}
              {cell(i, 'titles', t.colTitles, { wide: true })}
              {cell(i, 'shortForm', t.colShortForm, { wide: true })}
              {cell(i, 'unit', t.colUnit)}
              {cell(i, 'rank', t.colRank)}
              {cell(i, 'from', t.colFrom, { placeholder: t.datePlaceholder })}
              {cell(i, 'to', t.colTo, { placeholder: t.datePlaceholder })}
              <button
                type="button"
                className="tpl-link tpl-dir-remove"
                // Each "Xóa" says whom it deletes, for a screen reader and a hover.
                aria-label={t.removePersonNamed(rows[i].name.trim())}
                title={t.removePersonNamed(rows[i].name.trim())}
                onClick={() => {
                  setRows((list) => list.filter((__, n) => n !== i));
                  setDirty(true);
                }}
              >
                {t.removePerson}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => {
            setRows((list) => [...list, emptyRow(list.length + 1)]);
            setDirty(true);
          }}
          data-testid="dir-add"
        >
          {t.addPerson}
        </button>
      </div>
    </Dialog>
  );
}

