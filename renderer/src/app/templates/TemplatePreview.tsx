import { useMemo } from 'react';
import type { Template } from '../../../../shared/templates/template-schema';
import { useLocale, useMessages } from '../../i18n';
import { useDirectory } from './directory-client';
import { previewParts } from './template-preview';
import { standardFieldLabels } from './field-labels';

/** What a template writes, as the chooser and the save dialog show it: category, title, sapô, the skeleton with its greyed hints. */
export function TemplatePreview({ template, testId = 'template-preview' }: { template: Template; testId?: string }) {
  const t = useMessages().templates;
  const locale = useLocale();
  const names = standardFieldLabels(t);
  // An own template's kept people may be directory people: their chain is the directory's.
  const directory = useDirectory();
  const preview = useMemo(() => previewParts(template, locale, names, t.previewField, directory), [template, locale, directory]);
  return (
    <div className="tpl-preview" aria-label={template.name[locale]} data-testid={testId}>
      <p className="tpl-preview-category">{preview.category}</p>
      <p className="tpl-preview-title">{preview.title || '…'}</p>
      <p className="tpl-preview-sapo">{preview.sapo || '…'}</p>
      <div className="tpl-preview-body">
        {preview.skeleton.map((block, i) => {
          if (block.kind === 'heading') return <h4 key={i}>{block.text}</h4>;
          if (block.kind === 'paragraph') return <p key={i}>{block.text}</p>;
          if (block.kind === 'placeholder')
            return (
              <p key={i}>
                <span className="tpl-preview-hint">{block.text}</span>
                {block.end ? ` ${block.end}` : ''}
              </p>
            );
          return (
            <p key={i}>
              {block.text}
              {block.hint && <span className="tpl-preview-hint">{block.hint}</span>}
              {block.end ? ` ${block.end}` : ''}
            </p>
          );
        })}
      </div>
    </div>
  );
}
