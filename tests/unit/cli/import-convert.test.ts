import { runSoanTin } from '../../helpers/run-cli';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliArguments } from '../../../electron/cli/cli-arguments';
import { openDraft } from '../../../electron/services/draft/draft-files';
import { toTcvn3, toVni } from '../../../shared/text/legacy/encode';
import { LEAD, oleFile, RICH, richDocx, TITLE, tcvn3Docx } from '../../fixtures/docx';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-cli-import-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const run = (args: string[], stdin = Buffer.alloc(0)) => runSoanTin(args, stdin);

const oneLine = (err: string) => {
  expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(err).toMatch(/^soan-tin: .+ · .+\n$/);
  expect(err).not.toMatch(/\bat \S+:\d+/);
};

describe('soan-tin import', () => {
  it('a .VnTime .docx becomes a draft that opens, with its title, sapô and date; the report is printed as JSON', async () => {
    const source = join(folder, 'bao-cao.docx');
    await writeFile(source, await tcvn3Docx());
    const out = join(folder, 'bao-cao.tinbai');
    const result = await run(['import', source, '--out', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({ title: TITLE, sapo: LEAD, date: '2022-05-28', kind: 'docx' });
    const { article } = await openDraft(out);
    expect(article.meta.title).toBe(TITLE);
  });

  it('photos travel inside the draft', async () => {
    const source = join(folder, 'anh.docx');
    await writeFile(source, await richDocx());
    const out = join(folder, 'anh.tinbai');
    expect((await run(['import', source, '--out', out])).code).toBe(0);
    const { article, media } = await openDraft(out);
    expect(article.media).toHaveLength(2);
    for (const item of article.media) expect((await media.read(item.hash)).length).toBeGreaterThan(1000);
    expect(article.meta.title).toBe(RICH.title);
  });

  it('a .txt with a chosen encoding', async () => {
    const source = join(folder, 'tin.txt');
    await writeFile(source, Buffer.from(toVni('Hội nghị tổng kết\n\nThủy lợi được ưu tiên.'), 'latin1'));
    const out = join(folder, 'tin.tinbai');
    expect((await run(['import', source, '--out', out, '--encoding', 'vni'])).code).toBe(0);
    expect((await openDraft(out)).article.meta.sapo).toBe('Hội nghị tổng kết');
  });

  it('never writes over an existing file without --force; with it, the file is replaced', async () => {
    const source = join(folder, 'lai.docx');
    await writeFile(source, await tcvn3Docx());
    const out = join(folder, 'co-san.tinbai');
    await writeFile(out, 'bản cũ');
    const refused = await run(['import', source, '--out', out]);
    expect(refused.code).toBe(2);
    oneLine(refused.err);
    expect(refused.err).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe('bản cũ');
    expect((await run(['import', source, '--out', out, '--force'])).code).toBe(0);
    expect((await openDraft(out)).article.meta.title).toBe(TITLE);
  });

  it('a file it cannot read: exit 2, one line, and no draft (nor a temporary file) left behind', async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ['cu.doc', oleFile(false), /\.docx/],
      ['khoa.docx', oleFile(true), /mật khẩu/],
      ['hong.docx', 'PK\u0003\u0004 hỏng', /hỏng/],
      ['rong.txt', '', /không có nội dung/i],
    ];
    for (const [name, data, says] of cases) {
      const source = join(folder, name);
      await writeFile(source, data);
      const out = join(folder, `${name}.tinbai`);
      const result = await run(['import', source, '--out', out]);
      expect(result.code, name).toBe(2);
      expect(result.out).toBe('');
      oneLine(result.err);
      expect(result.err, name).toMatch(says);
      await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    }
    expect((await readdir(folder)).filter((f) => f.includes('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('wrong arguments: usage in one line', async () => {
    for (const args of [['import'], ['import', 'a.docx'], ['import', 'a.docx', '--out', 'b.tinbai', '--encoding', 'latin']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      oneLine(result.err);
      expect(result.err).toContain('soan-tin import');
    }
    expect((await run(['import', join(folder, 'khong-co.docx'), '--out', join(folder, 'x.tinbai')])).err).toMatch(/Không tìm thấy tệp/);
  });
});

describe('soan-tin convert', () => {
  const text = 'Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên.';

  it('TCVN3 and VNI from standard input, NFC text out', async () => {
    expect((await run(['convert', '--from', 'tcvn3'], Buffer.from(toTcvn3(text), 'latin1'))).out).toBe(text);
    expect((await run(['convert', '--from', 'vni'], Buffer.from(toVni(text), 'latin1'))).out).toBe(text);
    expect((await run(['convert', '--from=viqr'], Buffer.from('Ho^.i nghi. tho^ng qua'))).out).toBe('Hội nghị thông qua');
    const nfd = await run(['convert', '--from', 'unicode'], Buffer.from(text.normalize('NFD')));
    expect(nfd.out).toBe(text);
  });

  it('auto detects the encoding, from a file; correct Unicode passes through unchanged', async () => {
    const file = join(folder, 'ma-cu.txt');
    await writeFile(file, Buffer.from(toTcvn3(text), 'latin1'));
    expect((await run(['convert', '--from', 'auto', file])).out).toBe(text);
    expect((await run(['convert', '--from', 'auto'], Buffer.from(text))).out).toBe(text);
  });

  it('a missing --from, an unknown encoding or a missing file: exit 2 and one line', async () => {
    for (const args of [['convert'], ['convert', '--from', 'abc'], ['convert', '--from', 'tcvn3', join(folder, 'khong-co.txt')]]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      oneLine(result.err);
    }
  });

  it('both verbs are the command line’s, not drafts to open in the window', () => {
    expect(cliArguments(['soan-tin', 'import', 'a.docx'], true)).toEqual(['import', 'a.docx']);
    expect(cliArguments(['soan-tin', 'convert', '--from', 'vni'], true)).toEqual(['convert', '--from', 'vni']);
  });
});
