import { describe, expect, it } from 'vitest';
import { PORTAL_CATEGORIES } from '../../../../shared/document/portal-categories';
import { builtinTemplate, builtinTemplates } from '../../../../shared/templates/builtin-templates';
import { generateArticleParts } from '../../../../shared/templates/engine';
import { END_MARK } from '../../../../shared/templates/template-schema';

describe('built-in templates', () => {
  it('are the five the "new from template" list offers, in that order', () => {
    expect(builtinTemplates().map((t) => t.id)).toEqual(['working-session', 'conference', 'inspection', 'reception', 'blank']);
    expect(builtinTemplate('inspection')?.name.vi).toBe('Kiểm tra');
    expect(builtinTemplate('nope')).toBeUndefined();
  });

  it('each has a name and description in both languages and a portal category', () => {
    for (const t of builtinTemplates()) {
      expect(t.name.vi && t.name.en && t.description.vi && t.description.en).toBeTruthy();
      expect(PORTAL_CATEGORIES as readonly string[]).toContain(t.category);
    }
  });

  it('each skeleton ends with the end mark and, except blank, has a report, figures and the directive', () => {
    for (const t of builtinTemplates()) {
      const last = t.skeleton[t.skeleton.length - 1];
      expect('end' in last ? last.end : '').toBe(END_MARK);
      if (t.id === 'blank') continue;
      const hints = t.skeleton.flatMap((b) => (b.kind === 'placeholder' ? [b.text] : []));
      expect(hints.some((h) => /báo cáo/iu.test(h))).toBe(true);
      expect(hints.some((h) => /\d+,\d+/.test(h))).toBe(true);
      expect(t.skeleton[0]).toEqual({ kind: 'generated', part: 'attendees' });
      expect(last).toMatchObject({ kind: 'generated', part: 'directiveOpening' });
    }
  });

  it('the conference asks for its kind, offering sơ kết, tổng kết and triển khai', () => {
    const kind = builtinTemplate('conference')?.fields.find((f) => typeof f !== 'string' && f.id === 'kind');
    expect(kind).toMatchObject({ options: ['sơ kết', 'tổng kết', 'triển khai'] });
  });

  it('each writes its own verb into the title: làm việc với, kiểm tra, tiếp', () => {
    const fields = { host: 'A', counterpart: 'B', topic: 'C', kind: 'sơ kết' };
    const title = (id: string) => generateArticleParts(builtinTemplate(id)!, { template: id, ...fields }).title;
    expect(title('working-session')).toBe('Hội nghị A làm việc với B');
    expect(title('conference')).toBe('Hội nghị sơ kết C');
    expect(title('inspection')).toBe('A kiểm tra C tại B');
    expect(title('reception')).toBe('A tiếp B');
  });
});
