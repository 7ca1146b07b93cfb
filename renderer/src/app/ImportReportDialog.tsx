import type { ImportReport, LostKind } from '../../../shared/import/import-report';
import { formatNewsDateInput } from '../../../shared/document/news-date-input';
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
export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const m = useMessages().legacy;
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
