import { describe, expect, it } from 'vitest';
import { emptyBody } from '../../../../shared/article/new-article';
import { sameBody } from '../../../../shared/document/same-body';

const item = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'listitem',
  version: 1,
  value: 1,
  indent: 0,
  children: [{ type: 'text', version: 1, text, format: 0 }],
  ...extra,
});

describe('sameBody', () => {
  it('treats a re-serialized body with keys in another order as unchanged', () => {
    const a = { root: { type: 'root', version: 1, children: [item('ban hành 07 nghị quyết')] } };
    const b = { root: { children: [{ indent: 0, value: 1, children: [{ text: 'ban hành 07 nghị quyết', format: 0, version: 1, type: 'text' }], version: 1, type: 'listitem' }], version: 1, type: 'root' } };
    expect(sameBody(a, b)).toBe(true);
    expect(sameBody(emptyBody(), emptyBody())).toBe(true);
  });

  it('sees a changed letter, a changed format, and a moved paragraph', () => {
    const a = { root: { children: [item('Tỉnh ủy'), item('HĐND')] } };
    expect(sameBody(a, { root: { children: [item('Tỉnh uỷ'), item('HĐND')] } })).toBe(false);
    expect(sameBody(a, { root: { children: [item('Tỉnh ủy', { indent: 1 }), item('HĐND')] } })).toBe(false);
    expect(sameBody(a, { root: { children: [item('HĐND'), item('Tỉnh ủy')] } })).toBe(false);
    expect(sameBody(a, { root: { children: [item('Tỉnh ủy')] } })).toBe(false);
  });

  it('does not confuse arrays, objects and missing keys', () => {
    expect(sameBody({ a: [] }, { a: {} })).toBe(false);
    expect(sameBody({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameBody({ a: null }, { a: undefined })).toBe(false);
  });
});
