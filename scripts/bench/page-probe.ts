/**
 * Installed in every measured page before its own scripts run (addInitScript), so the same
 * code times the app and the bare page. It is serialized into the page: it must not close
 * over anything from this module.
 *
 * Per keystroke, all from a capture-phase keydown listener on window (the first script to
 * see the key):
 * - sync: until the editable's DOM holds the new character, then a forced layout
 *   (offsetHeight). Taken in the first MutationObserver callback that finds the character
 *   before the caret: the first moment any script can see the DOM updated. For a browser's
 *   native typing (the bare page, and Lexical, which lets the browser insert a plain letter)
 *   that is before the editor's `input` handler has run.
 * - done: until the editor is done with the key as well, layout forced. Taken after the last
 *   of two anchors: that mutation, and the editable's own `input` event through a listener
 *   added after the editor's (so it runs after Lexical's handler); each waits four microtask
 *   hops, so that work queued behind it (Lexical commits in a microtask, React flushes
 *   discrete updates in one) is counted. Listeners up the tree (React's root, window) cannot
 *   serve: a microtask checkpoint after them runs before the editor's own handler.
 * - paint: until requestAnimationFrame + setTimeout 0, i.e. after the frame that shows the
 *   character.
 *
 * Ready: the first moment the editable exists, is editable and holds the expected text,
 * and the paint after it, both as performance.now() (milliseconds since navigation start).
 */

export interface ProbeOptions {
  /** CSS selector of the editable element. */
  editable: string;
  /** Text the editable must end with to count as loaded ('' for an empty document). */
  expectTail: string;
}

export interface KeySample {
  key: string;
  sync: number;
  done: number;
  paint: number;
}

export interface ReadyTimes {
  /** Editable and holding the content, layout done. */
  dom: number;
  /** The frame after that has been painted. */
  paint: number;
}

export interface Probe {
  editable(): HTMLElement | null;
  ready: ReadyTimes | null;
  samples: KeySample[];
  arm(): void;
  disarm(): void;
  /** Resolves once the keystroke in flight (if any) has been painted. */
  settled(): Promise<void>;
}

export function installProbe(options: ProbeOptions): void {
  const find = (): HTMLElement | null => {
    const el = document.querySelector<HTMLElement>(options.editable);
    return el && el.isContentEditable ? el : null;
  };
  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));

  let armed = false;
  let current: (KeySample & { t0: number; seen: boolean }) | null = null;
  let waiters: (() => void)[] = [];
  const samples: KeySample[] = [];

  const probe: Probe = {
    editable: find,
    ready: null,
    samples,
    arm() {
      const el = find();
      if (!el) throw new Error(`no editable element matches ${options.editable}`);
      observer.observe(el, { subtree: true, childList: true, characterData: true });
      el.addEventListener('input', onInput);
      armedOn = el;
      armed = true;
    },
    disarm() {
      armed = false;
      observer.disconnect();
      armedOn?.removeEventListener('input', onInput);
      armedOn = null;
    },
    settled() {
      return current ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
  };
  Object.defineProperty(window, '__benchProbe', { value: probe });

  // The character just before the caret, wherever the editor keeps it.
  const caretHolds = (key: string): boolean => {
    const selection = getSelection();
    const node = selection?.anchorNode;
    if (!node) return false;
    const want = key === ' ' ? [' ', '\u00a0'] : [key];
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      return want.includes(data[selection.anchorOffset - 1] ?? '');
    }
    const text = node.textContent ?? '';
    return want.some((k) => text.includes(k));
  };

  const hops = (count: number, then: () => void): void => {
    if (count === 0) then();
    else queueMicrotask(() => hops(count - 1, then));
  };

  const settle = (sample: NonNullable<typeof current>): void =>
    hops(4, () => {
      if (!sample.seen) return;
      void armedOn?.offsetHeight;
      sample.done = performance.now() - sample.t0;
    });
  const observer = new MutationObserver(() => {
    const sample = current;
    if (!sample || sample.seen || !caretHolds(sample.key)) return;
    sample.seen = true;
    void armedOn?.offsetHeight;
    sample.sync = performance.now() - sample.t0;
    settle(sample);
  });
  const onInput = (): void => {
    if (current) settle(current);
  };
  let armedOn: HTMLElement | null = null;

  window.addEventListener(
    'keydown',
    (event) => {
      if (!armed || event.key.length === 0) return;
      const sample = { key: event.key, sync: Number.NaN, done: Number.NaN, paint: Number.NaN, t0: performance.now(), seen: false };
      current = sample;
      afterPaint(() => {
        sample.paint = performance.now() - sample.t0;
        samples.push({ key: sample.key, sync: sample.sync, done: sample.done, paint: sample.paint });
        if (current === sample) current = null;
        const done = waiters;
        waiters = [];
        for (const resolve of done) resolve();
      });
    },
    true,
  );

  // Ready to type: watch the document until the editable holds the expected text.
  const isReady = (): boolean => {
    const el = find();
    if (!el) return false;
    if (options.expectTail === '') return true;
    const last = el.lastElementChild;
    return !!last && (last.textContent ?? '').trimEnd().endsWith(options.expectTail);
  };
  const watch = new MutationObserver(() => check());
  const check = (): void => {
    if (probe.ready || !isReady()) return;
    watch.disconnect();
    void document.body.offsetHeight;
    const ready = { dom: performance.now(), paint: Number.NaN };
    probe.ready = ready;
    afterPaint(() => {
      ready.paint = performance.now();
    });
  };
  watch.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
  document.addEventListener('DOMContentLoaded', check);
}
