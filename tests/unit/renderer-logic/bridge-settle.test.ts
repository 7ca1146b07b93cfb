import { describe, expect, it } from 'vitest';
import { settle } from '../../../renderer/src/bridge';
import { AppError } from '../../../shared/ipc/errors';

describe('settle (answers from the main process)', () => {
  it('gives the value of a successful call', async () => {
    expect(await settle(Promise.resolve({ ok: true as const, value: { savedAt: 'x' } }), 'writeRecovery')).toEqual({ savedAt: 'x' });
  });

  it('turns a failure into an AppError with its code, for the catalog sentence', async () => {
    const r = await settle(Promise.resolve({ ok: false as const, error: { code: 'not-a-draft' as const, detail: 'bad zip' } }), 'openDocument');
    expect(r).toBeInstanceOf(AppError);
    expect((r as AppError).code).toBe('not-a-draft');
  });

  it('reads an unknown code, a rejection or a malformed answer as internal, never as raw text', async () => {
    const unknown = await settle(Promise.resolve({ ok: false, error: { code: 'EACCES: permission denied, /home/an' } } as never), 'saveDocument');
    const rejected = await settle(Promise.reject(new Error('Error invoking remote method')), 'saveDocument');
    const malformed = await settle(Promise.resolve(undefined as never), 'saveDocument');
    for (const r of [unknown, rejected, malformed]) {
      expect(r).toBeInstanceOf(AppError);
      expect((r as AppError).code).toBe('internal');
    }
  });
});
