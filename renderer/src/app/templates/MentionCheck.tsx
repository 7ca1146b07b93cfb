import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import type { ArticleMeta } from '../../../../shared/article/article-schema';
import { checkMentions, type MentionIssue } from '../../../../shared/directory/mention-check';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { useMessages } from '../../i18n';
import { bodyText, selectBodyRange } from './mention-selection';

type Where = 'title' | 'sapo' | 'body';
interface Found extends MentionIssue {
  where: Where;
}

interface Props {
  meta: ArticleMeta;
  directory: readonly DirectoryPerson[];
  onEditMeta: (patch: Partial<ArticleMeta>) => void;
}

/** The text of the title or sapô field, selected and shown. */
function selectInField(where: 'title' | 'sapo', start: number, end: number): void {
  const field = document.querySelector<HTMLTextAreaElement>(`[data-testid="meta-${where}"]`);
  if (!field) return;
  field.focus();
  field.setSelectionRange(start, end);
}

/**
 * Kiểm tra chức danh: every mention of a directory person in the title, sapô and body whose title
 * differs from the directory on the article's date (an old post, a missing part, someone out of
 * office), each with what the directory says. A click selects the mention; "Sửa theo danh bạ"
 * writes the directory's form in its place.
 */
export function MentionCheck({ meta, directory, onEditMeta }: Props) {
  const t = useMessages().templates;
  const [editor] = useLexicalComposerContext();
  const [found, setFound] = useState<Found[] | null>(null);

  const run = () => {
    const scan = (where: Where, text: string) => checkMentions(text, directory, meta.date).map((issue) => ({ ...issue, where }));
    setFound([...scan('title', meta.title), ...scan('sapo', meta.sapo), ...scan('body', bodyText(editor))]);
  };
  const select = (issue: Found) => {
    if (issue.where === 'body') selectBodyRange(editor, issue.start, issue.end);
    else selectInField(issue.where, issue.start, issue.end);
  };
  const fix = (issue: Found) => {
    if (issue.where === 'body') selectBodyRange(editor, issue.start, issue.end, issue.expected);
    else {
      const text = meta[issue.where].normalize('NFC');
      onEditMeta({ [issue.where]: text.slice(0, issue.start) + issue.expected + text.slice(issue.end) });
    }
    setFound((list) => (list ? list.filter((x) => x !== issue) : list));
  };
  const reason = { 'old-post': t.checkOldPost, 'missing-part': t.checkMissingPart, 'out-of-office': t.checkOutOfOffice };

  return (
    <section className="tpl-section" aria-label={t.checkHeading} data-testid="mention-check">
      <h3 className="tpl-heading">{t.checkHeading}</h3>
      <button type="button" className="button" onClick={run} data-testid="mention-check-run">
        {t.checkRun}
      </button>
      {found !== null && directory.length === 0 && <p className="field-hint">{t.checkNoDirectory}</p>}
      {found !== null && directory.length > 0 && found.length === 0 && (
        <p className="field-hint" data-testid="mention-check-none">
          {t.checkNone}
        </p>
      )}
      {found !== null && found.length > 0 && (
        <>
          <p className="field-hint">{t.checkCount(found.length)}</p>
          <ul className="tpl-mentions">
            {found.map((issue) => (
              <li key={`${issue.where}-${issue.start}`} className="tpl-mention" data-testid="mention-issue">
                <button type="button" className="tpl-mention-text" onClick={() => select(issue)} data-testid="mention-issue-select">
                  <span className="tpl-mention-where">
                    {t.checkIn[issue.where]} · {reason[issue.reason]}
                  </span>
                  <span className="tpl-mention-written">{issue.written}</span>
                  <span className="tpl-mention-expected">{t.checkExpected(issue.expected)}</span>
                </button>
                <button type="button" className="tpl-link" onClick={() => fix(issue)} data-testid="mention-issue-fix">
                  {t.checkFix}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
