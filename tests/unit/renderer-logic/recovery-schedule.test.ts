// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBody, newArticle } from '../../../shared/article/new-article';
import { initialDocumentState } from '../../../shared/document/document-state';
import type { AppError } from '../../../shared/ipc/errors';
import { createDocumentStore, type DocumentStore } from '../../../renderer/src/app/document-store';
import { useAutosave } from '../../../renderer/src/app/use-autosave';
import type { EditorController } from '../../../renderer/src/editor';

/**
 * The recovery copy's schedule as the window runs it: the autosave hook, its deadline timer and
 * the shared rules (recoveryWriteAt, recoveryDue) together, on a fake clock (timers, Date and the
 * monotonic performance.now the hook reads), with the main process answering writeRecovery after
 * a chosen delay. The rules are the README's: a copy about two seconds after the last change, at
 * least every fifteen seconds while typing goes on, and edits made while a copy is written count
 * from that copy's snapshot.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Write {
  /** Fake-clock time the main process was asked. */
  at: number;
  title: string;
}

let writes: Write[];
/** How long the main process takes to answer a writeRecovery. */
let writeTakes: number;
let root: Root | null;
let errors: AppError[];
const onError = (err: AppError) => errors.push(err);

beforeEach(() => {
  vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  writes = [];
  writeTakes = 0;
  errors = [];
  root = null;
  const writeRecovery = (input: { article: { meta: { title: string } } }) => {
    writes.push({ at: performance.now(), title: input.article.meta.title });
    const answer = { ok: true, value: { savedAt: new Date().toISOString() } };
    return writeTakes === 0 ? Promise.resolve(answer) : new Promise((resolve) => setTimeout(() => resolve(answer), writeTakes));
  };
  Object.defineProperty(window, 'soantin', { value: { writeRecovery }, configurable: true });
});

afterEach(() => {
  if (root) act(() => root?.unmount());
  vi.useRealTimers();
});

function openDocument(): DocumentStore {
  const store = createDocumentStore(initialDocumentState(newArticle('a1b2c3d4-0000-4000-8000-000000000001', new Date(0))));
  const controllerRef = { current: { getBody: () => emptyBody(), focus() {}, run() {}, insertFigures() {} } as EditorController };
  function Autosave(): null {
    useAutosave(store, controllerRef, onError);
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root?.render(createElement(Autosave)));
  return store;
}

/** One keystroke in the title (so each copy shows how far the typing had got). */
function type(store: DocumentStore, letter: string): void {
  store.dispatch({ type: 'metaEdited', patch: { title: store.getState().meta.title + letter } });
}

/** Lets `ms` of fake time pass, running timers and the promises they settle. */
async function wait(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** A steady typist: one letter every `every` ms, `count` letters, never the two-second pause. */
async function typeSteadily(store: DocumentStore, count: number, every: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    type(store, 'a');
    await wait(every);
  }
}

describe('the recovery copy', () => {
  it('is written two seconds after the last change, holding that change, and only once', async () => {
    const store = openDocument();
    for (const letter of 'Hội') {
      type(store, letter);
      await wait(300);
    }
    // The last letter came at 600 ms: nothing before 2,600 ms.
    await wait(1999 - 300);
    expect(writes).toEqual([]);
    await wait(1);
    expect(writes).toEqual([{ at: 2600, title: 'Hội' }]);
    expect(store.getState().status.kind).toBe('autosaved');

    await wait(60_000);
    expect(writes).toHaveLength(1);
  });

  it('keeps to the monotonic clock: the system clock set back an hour does not put the copy off', async () => {
    const store = openDocument();
    type(store, 'T');
    await wait(1000);
    vi.setSystemTime(Date.now() - 3_600_000); // the system time is corrected (or changed by hand)
    await wait(1000);
    expect(writes.map((w) => w.at)).toEqual([2000]);
  });

  it('is not written for a document nobody changed, nor again once the copy holds the last change', async () => {
    const store = openDocument();
    await wait(30_000);
    expect(writes).toEqual([]);
    type(store, 'T');
    await wait(2000);
    // Retyping the same title is no change.
    store.dispatch({ type: 'metaEdited', patch: { title: 'T' } });
    await wait(30_000);
    expect(writes.map((w) => w.at)).toEqual([32_000]);
  });

  it('comes at least every fifteen seconds while typing goes on without a pause', async () => {
    const store = openDocument();
    // A letter every 400 ms for 40 s.
    await typeSteadily(store, 100, 400);
    // The first copy 15 s after the first letter; the next 15 s after the first letter it lacks (15,200 ms).
    expect(writes.map((w) => w.at)).toEqual([15_000, 30_200]);
    // Each copy holds what was typed until it was taken (a letter at 0, 400, … 14,800 ms).
    expect(writes[0].title).toBe('a'.repeat(38));
    // Then the pause: the last letter (39,600 ms) gets its copy two seconds later.
    await wait(2000 - 400);
    expect(writes.map((w) => w.at)).toEqual([15_000, 30_200, 41_600]);
    expect(writes[2].title).toBe('a'.repeat(100));
  });

  it('counts a change made while a copy is written from that copy: it gets its own copy two seconds later', async () => {
    const store = openDocument();
    writeTakes = 500;
    await typeSteadily(store, 30, 400); // letters at 0 … 11,600 ms, then a pause
    await wait(13_600 - 12_000);
    expect(writes.map((w) => w.at)).toEqual([13_600]);
    await wait(100);
    type(store, 'b'); // at 13,700 ms, while the copy is being written
    await wait(10_000);
    // Counted from the first uncopied letter (0 ms) the copy would come at 15 s; forgotten when
    // the copy is answered, it would never come. Counted from the copy: 13,700 + 2,000 ms.
    expect(writes).toEqual([
      { at: 13_600, title: 'a'.repeat(30) },
      { at: 15_700, title: 'a'.repeat(30) + 'b' },
    ]);
  });

  // A letter typed while a copy is being written used to find its deadline past and start another
  // writeRecovery at once: one request per keystroke on a slow disk ([15000, 15200, 15600, 30600, …]).
  it('is never asked for again while a copy is still being written', async () => {
    const store = openDocument();
    writeTakes = 1000; // a slow disk: the answer comes a second after the request
    await typeSteadily(store, 100, 400);
    // The copy asked at 15 s holds the letters until then; those typed while it is written
    // (15.2–16 s) count from its snapshot, so the next copy is due at 30 s.
    expect(writes.map((w) => w.at)).toEqual([15_000, 30_000]);
  });

  it('waits while the real file is being saved, and is not written when the save covered the change', async () => {
    const store = openDocument();
    type(store, 'L');
    store.dispatch({ type: 'saveStarted', generation: store.getState().generation });
    await wait(10_000);
    expect(writes).toEqual([]);
    store.dispatch({ type: 'saveSucceeded', generation: store.getState().generation, path: '/docs/bai.tinbai', revision: store.getState().revision, modified: { at: new Date().toISOString(), by: '' } });
    await wait(30_000);
    expect(writes).toEqual([]);
  });

  it('a failed write is reported once and tried again in its turn, not at every keystroke', async () => {
    const store = openDocument();
    (window.soantin as unknown as { writeRecovery: unknown }).writeRecovery = (input: { article: { meta: { title: string } } }) => {
      writes.push({ at: performance.now(), title: input.article.meta.title });
      return Promise.resolve({ ok: false, error: { code: 'io-error' } });
    };
    await typeSteadily(store, 80, 400); // letters at 0 … 31,600 ms
    // Typing on after the failure at 15 s: the next try is fifteen seconds later.
    expect(writes.map((w) => w.at)).toEqual([15_000, 30_000]);
    await wait(10_000);
    // After the pause, two seconds after the last letter.
    expect(writes.map((w) => w.at)).toEqual([15_000, 30_000, 33_600]);
    expect(errors.map((e) => e.code)).toEqual(['io-error']);
    expect(store.getState().status.kind).toBe('unsaved');
  });
});
