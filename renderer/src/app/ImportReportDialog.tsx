import type { ImportReport, LostKind } from '../../../shared/import/import-report';
import { useState } from 'react';
import { formatNewsDateInput } from '../../../shared/document/news-date-input';
import { SOURCE_ENCODINGS, type SourceEncoding } from '../../../shared/text/convert/source-encoding';
import { useLocale, useMessages } from '../i18n';
import { Dialog } from './Dialog';

const LOST_VI: Record<LostKind, string> = {
  textBox: 'hộp văn bản (chữ trong hộp được giữ thành đoạn thường)',
  comment: 'chú thích (comment)',
  trackedChange: 'thay đổi được theo dõi (track changes; đã lấy bản sau khi sửa)',
  shape: 'hình vẽ',
  photo: 'ảnh không đọc được',
  embeddedObject: 'đối tượng nhúng',
  equation: 'công thức',
};
const LOST_EN: Record<LostKind, string> = {
  textBox: 'text boxes (their text is kept as ordinary paragraphs)',
  comment: 'comments',
  trackedChange: 'tracked changes (the text is taken as changed)',
  shape: 'shapes',
  photo: 'unreadable photos',
  embeddedObject: 'embedded objects',
  equation: 'equations',
};

/** After Nhập tệp…: what came in, what was guessed, and what the draft could not keep. */
export function ImportReportDialog({ report, onClose, onReadAgain }: { report: ImportReport; onClose: () => void; onReadAgain: (encoding: SourceEncoding) => void }) {
  const m = useMessages().legacy;
  const [encoding, setEncoding] = useState<SourceEncoding>(report.encoding === 'unknown' ? 'auto' : report.encoding);
  const names: Record<SourceEncoding, string> = { auto: m.encodingAuto, tcvn3: m.encodingTcvn3, vni: m.encodingVni, viqr: m.encodingViqr, unicode: m.encodingUnicode };
  const lost = useLocale() === 'vi' ? LOST_VI : LOST_EN;
  return (
    <Dialog
      title={m.importReportTitle}
      testId="import-report"
      onCancel={onClose}
      actions={
        <button type="button" className="button is-primary" onClick={onClose} data-testid="import-report-close">
          {m.close}
        </button>
      }
    >
      <p>
        <strong>{report.fileName}</strong>
      </p>
      {report.sapoFromFirstParagraph && <p data-testid="import-report-sapo">{m.importReportSapo}</p>}
      {report.date && <p data-testid="import-report-date">{m.importReportDate.replace('{date}', formatNewsDateInput(report.date))}</p>}
      {report.kind === 'txt' && (
        <p className="legacy-dialog">
          <label>
            {m.importReadAs}
            <select value={encoding} onChange={(e) => setEncoding(e.target.value as SourceEncoding)} data-testid="import-encoding">
              {SOURCE_ENCODINGS.map((s) => (
                <option key={s} value={s}>
                  {names[s]}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" className="button" onClick={() => onReadAgain(encoding)} data-testid="import-read-again">
            {m.importReadAgain}
          </button>
        </p>
      )}
      {report.lost.length === 0 ? (
        <p>{m.importReportOk}</p>
      ) : (
        <>
          <p>{m.importReportLost}</p>
          <ul data-testid="import-report-lost">
            {report.lost.map((item) => (
              <li key={item.kind}>
                {lost[item.kind]}: {item.count}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
