import { useState } from 'react';
import type { ArticleMeta } from '../../../../shared/article/article-schema';
import type { DraftTemplate } from '../../../../shared/templates/draft-template';
import { useMessages } from '../../i18n';
import { useDirectory } from './directory-client';
import { DirectoryDialog } from './DirectoryDialog';
import { MentionCheck } from './MentionCheck';
import { TemplatePanel } from './TemplatePanel';
import { useTemplateDocument } from './use-template-document';

interface Props {
  meta: ArticleMeta;
  template: DraftTemplate | null;
  onEditMeta: (patch: Partial<ArticleMeta>) => void;
  onTemplate: (record: DraftTemplate) => void;
  showError: (error: { code: string }) => void;
  /** Lưu làm mẫu…: this article as one of the office's own templates. */
  onSaveAsTemplate: () => void;
}

/**
 * The side panel's Mẫu tab: the template's fields for a draft made from one, the leader
 * directory and the title check for every draft. Kept mounted while another tab shows, so the
 * body's hand-edited parts stay marked.
 */
export function TemplateTab({ meta, template, onEditMeta, onTemplate, showError, onSaveAsTemplate }: Props) {
  const t = useMessages().templates;
  const doc = useTemplateDocument({ record: template, meta, onEditMeta, onRecord: onTemplate });
  const directory = useDirectory();
  const [directoryOpen, setDirectoryOpen] = useState(false);
  const openDirectory = () => setDirectoryOpen(true);

  return (
    <>
      {doc ? (
        <TemplatePanel doc={doc} onOpenDirectory={openDirectory} />
      ) : (
        <div className="tpl-panel">
          <p className="panel-empty">{template ? t.templateUnknown(template.id) : t.noTemplate}</p>
          <button type="button" className="button tpl-directory-button" onClick={openDirectory} data-testid="open-directory">
            {t.directoryButton}
          </button>
        </div>
      )}
      <div className="tpl-panel tpl-save-row">
        <button type="button" className="button" onClick={onSaveAsTemplate} data-testid="save-as-template">
          {t.saveButton}
        </button>
      </div>
      <MentionCheck meta={meta} directory={directory} onEditMeta={onEditMeta} />
      {directoryOpen && <DirectoryDialog onClose={() => setDirectoryOpen(false)} showError={showError} />}
    </>
  );
}
