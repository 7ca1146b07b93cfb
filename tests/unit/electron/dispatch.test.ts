import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { HandlerTable } from '../../../electron/ipc/handlers';
import { deepArticleJson, referenceArticle } from '../../fixtures/drafts';

const window = { setDirty: vi.fn(), close: vi.fn(), notify: vi.fn() };

function tableThatMustNotRun(): HandlerTable {
  const fail = vi.fn(async () => {
    throw new Error('the handler must not run');
  });
  return new Proxy({}, { get: () => fail }) as unknown as HandlerTable;
}

describe('dispatch: the page always gets an answer', () => {
  it('a 20,000-deep article in a save is invalid-payload, and nothing runs', async () => {
    const table = tableThatMustNotRun();
    const article = JSON.parse(deepArticleJson(20_000));
    const result = await dispatch(table, 'saveDocument', { article, path: null, saveAs: true }, { window });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(table.saveDocument).not.toHaveBeenCalled();
  });

  it('an article with a key this version would drop is invalid-payload, not silently stripped', async () => {
    const table = tableThatMustNotRun();
    const article = { ...referenceArticle(), review: { status: 'approved' } };
    const result = await dispatch(table, 'writeRecovery', { article, path: null }, { window });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('a payload the parser itself chokes on is internal, not a thrown call', async () => {
    const log = vi.fn();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    await expect(dispatch(tableThatMustNotRun(), 'setDirty', hostile, { window }, log)).resolves.toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    expect(log).toHaveBeenCalled();
  });
});
