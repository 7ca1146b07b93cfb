import { useMemo } from 'react';
import type { DraftTemplate } from '../../../../shared/templates/draft-template';
import { generateArticleParts } from '../../../../shared/templates/engine';
import { articleFieldsSchema } from '../../../../shared/templates/fields-schema';
import { writtenParts } from '../../../../shared/templates/template-article';
import { useDirectory } from './directory-client';
import { templateById } from './template-library';

const NONE: readonly string[] = [];

/**
 * The photo captions the draft's template writes from its fields now ("Các đại biểu dự hội
 * nghị", "Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị"), for the figures to offer;
 * none for a draft without a template or with one this computer does not have.
 */
export function useCaptionSuggestions(record: DraftTemplate | null): readonly string[] {
  const directory = useDirectory();
  return useMemo(() => {
    const template = record ? templateById(record.id) : null;
    const fields = record ? articleFieldsSchema.safeParse(record.fields) : null;
    if (!template || !fields?.success) return NONE;
    const captions = writtenParts(generateArticleParts(template, fields.data, directory)).captions;
    return captions.length > 0 ? captions : NONE;
  }, [record, directory]);
}
