import { runSoanTin } from '../../helpers/run-cli';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraft } from '../../../electron/services/draft/draft-files';
import { bodyPlainText } from '../../../shared/article/body-text';
import { builtinTemplate, builtinTemplates } from '../../../shared/templates/builtin-templates';
import { articleFromTemplate } from '../../../shared/templates/template-article';
import { templateFromArticle } from '../../../shared/templates/template-from-article';

let folder: string;
let templatesDir: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-own-cli-'));
  templatesDir = join(folder, 'templates');
  await mkdir(templatesDir);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** "Họp giao ban tuần", saved from a working-session draft as the window saves it. */
function weeklyBriefing() {
  const source = builtinTemplate('working-session')!;
  const { article } = articleFromTemplate({
    template: source,
    fields: { template: source.id, session: 'Sáng', date: '2024-03-04', host: 'Thường trực Tỉnh ủy', counterpart: 'các ban, sở, ngành', attendees: [{ group: 'lãnh đạo các ban Đảng' }] },
    id: 'draft-briefing-1',
    now: new Date('2024-03-04T01:00:00Z'),
  });
  const made = templateFromArticle({ article, source, id: 'hop-giao-ban-tuan', name: 'Họp giao ban tuần' });
  if (!made.ok) throw new Error(made.message.en);
  return made.template;
}

describe('soan-tin templates with own templates', () => {
  it('lists the built-ins and the own templates of --templates-dir, each marked, and names a broken file on stderr', async () => {
    await writeFile(join(templatesDir, 'hop-giao-ban-tuan.json'), JSON.stringify(weeklyBriefing()));
    await writeFile(join(templatesDir, 'hong.json'), '{ "id": "hong", ');
    const { code, out, err } = await runSoanTin(['templates', '--templates-dir', templatesDir]);
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; source: string; defaults?: Record<string, unknown> }[];
    expect(list.map((t) => [t.id, t.source])).toEqual([...builtinTemplates().map((t) => [t.id, 'builtin']), ['hop-giao-ban-tuan', 'own']]);
    expect(list.at(-1)?.defaults).toEqual({ host: 'Thường trực Tỉnh ủy', counterpart: 'các ban, sở, ngành', attendees: [{ group: 'lãnh đạo các ban Đảng' }] });
    expect(err).toBe('soan-tin: Bỏ qua tệp mẫu hong.json: Tệp mẫu không hợp lệ: tệp không phải JSON hợp lệ. · Skipped the template file hong.json: The template file is not valid: the file is not valid JSON.\n');
  });

  it('finds the folder from SOAN_TIN_TEMPLATES_DIR, and from the app data folder (XDG_CONFIG_HOME/Soạn Tin/templates on Linux)', async () => {
    await writeFile(join(templatesDir, 'hop-giao-ban-tuan.json'), JSON.stringify(weeklyBriefing()));
    const byEnv = await runSoanTin(['templates'], undefined, { env: { SOAN_TIN_TEMPLATES_DIR: templatesDir } });
    expect(JSON.parse(byEnv.out).map((t: { id: string }) => t.id)).toContain('hop-giao-ban-tuan');
    const none = await runSoanTin(['templates']);
    expect(JSON.parse(none.out).map((t: { id: string }) => t.id)).toEqual(builtinTemplates().map((t) => t.id));
    if (process.platform === 'linux') {
      const config = join(folder, 'config');
      await mkdir(join(config, 'Soạn Tin', 'templates'), { recursive: true });
      await writeFile(join(config, 'Soạn Tin', 'templates', 'hop-giao-ban-tuan.json'), JSON.stringify(weeklyBriefing()));
      const byData = await runSoanTin(['templates'], undefined, { env: { XDG_CONFIG_HOME: config } });
      expect(JSON.parse(byData.out).map((t: { id: string }) => t.id)).toContain('hop-giao-ban-tuan');
    }
  });

  it('refuses an option it does not know', async () => {
    const result = await runSoanTin(['templates', '--folder', templatesDir]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^soan-tin: Cách dùng: soan-tin templates \[--templates-dir THƯ_MỤC\] · Usage/);
  });
});

describe('soan-tin new --template with an own template', () => {
  it("finds it by id and starts from its kept fields, the fields file's keys over them", async () => {
    await writeFile(join(templatesDir, 'hop-giao-ban-tuan.json'), JSON.stringify(weeklyBriefing()));
    const fields = join(folder, 'tuan-sau.json');
    await writeFile(fields, JSON.stringify({ date: '11/3/2024', session: 'Sáng', topic: 'kết quả công tác tuần' }));
    const out = join(folder, 'giao-ban.tinbai');
    const result = await runSoanTin(['new', '--template', 'hop-giao-ban-tuan', '--fields', fields, '--out', out, '--templates-dir', templatesDir]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const { article } = await openDraft(out);
    expect(article.template).toMatchObject({ id: 'hop-giao-ban-tuan', version: 1 });
    expect(article.meta.title).toBe('Hội nghị Thường trực Tỉnh ủy làm việc với các ban, sở, ngành');
    expect(article.meta.sapo).toBe('Sáng ngày 11/3/2024, Thường trực Tỉnh ủy làm việc với các ban, sở, ngành về kết quả công tác tuần.');
    expect(bodyPlainText(article.body.root).split('\n')[0]).toBe('Dự hội nghị có lãnh đạo các ban Đảng.');
    expect(JSON.parse(result.out)).toMatchObject({ template: { id: 'hop-giao-ban-tuan' } });
  });

  it('says which templates there are when the id is none of them', async () => {
    await writeFile(join(templatesDir, 'hop-giao-ban-tuan.json'), JSON.stringify(weeklyBriefing()));
    const fields = join(folder, 'f.json');
    await writeFile(fields, '{}');
    const result = await runSoanTin(['new', '--template', 'giao-ban', '--fields', fields, '--out', join(folder, 'x.tinbai'), '--templates-dir', templatesDir]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('blank, hop-giao-ban-tuan)');
    await expect(readFile(join(folder, 'x.tinbai'))).rejects.toThrow();
  });
});
