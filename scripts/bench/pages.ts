import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, browserForTests } from '../../tests/chromium';
import { Bridge } from '../../tests/e2e/harness/bridge';
import { installProbe, type KeySample, type Probe, type ProbeOptions, type ReadyTimes } from './page-probe';
import { startProfile, stopProfile, type CpuProfile } from './cpu-profile';
import { pressCharacter } from './keys';
import { seededRandom } from '../../tests/fixtures/seeded-random';

const TYPING_SEED = 2026;

export function launchBrowser(): Promise<Browser> {
  const found = browserForTests();
  console.log(`Benchmark runs in ${found.label}`);
  return chromium.launch({ executablePath: found.executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The app's editable body; Lexical marks its root with data-lexical-editor. */
export const OUR_EDITABLE = '[data-testid="editor-body"], [data-lexical-editor="true"]';
export const BARE_EDITABLE = '.bare';
/** The minimal Lexical page's ContentEditable (it carries the bare page's class for its look). */
export const LEXICAL_EDITABLE = '[data-lexical-editor="true"]';

/** Milestones of the page load, ms from navigation start. */
export interface LoadTimeline {
  htmlLoaded: number;
  scriptLoaded: number;
  domContentLoaded: number;
}

export interface MeasuredPage {
  page: Page;
  cdp: CDPSession;
  ready: ReadyTimes & { timeline: LoadTimeline };
  loadProfile?: CpuProfile;
  close(): Promise<void>;
}

type Win = Window & { __benchProbe: Probe };

// tsx compiles with keepNames, which wraps inner functions in __name(); the probe is
// serialized into the page, where __name must exist.
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

async function open(
  browser: Browser,
  url: string,
  probe: ProbeOptions,
  before?: (page: Page, context: BrowserContext) => Promise<void>,
  profileLoad = false,
): Promise<MeasuredPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await before?.(page, context);
  await page.addInitScript({ content: KEEP_NAMES_SHIM });
  await page.addInitScript(installProbe, probe);
  const cdp = await context.newCDPSession(page);
  if (profileLoad) await startProfile(cdp);
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => {
      const ready = (window as unknown as Win).__benchProbe.ready;
      return !!ready && Number.isFinite(ready.paint);
    }, undefined, { timeout: 30_000, polling: 50 });
  } catch {
    await context.close();
    throw new Error(`${url}: the editor never became ready to type${errors.length ? ` (${errors.join('; ')})` : ''}`);
  }
  const ready = await page.evaluate(() => {
    const probe = (window as unknown as Win).__benchProbe;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')) as PerformanceResourceTiming[];
    return {
      ...probe.ready!,
      timeline: {
        htmlLoaded: nav?.responseEnd ?? Number.NaN,
        scriptLoaded: scripts.length ? Math.max(...scripts.map((e) => e.responseEnd)) : Number.NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      },
    };
  });
  const loadProfile = profileLoad ? await stopProfile(cdp) : undefined;
  return { page, cdp, ready, loadProfile, close: () => context.close() };
}

/** Our renderer with window.soantin bridged to the real handlers; a launch draft arrives with getStartup(). */
export async function openOurs(
  browser: Browser,
  url: string,
  options: { launchFile?: string; expectTail: string; profileLoad?: boolean },
): Promise<MeasuredPage> {
  const bridge = new Bridge({ launchFile: options.launchFile });
  try {
    const opened = await open(browser, url, { editable: OUR_EDITABLE, expectTail: options.expectTail }, (page) => bridge.attach(page, url), options.profileLoad);
    return {
      ...opened,
      close: async () => {
        await opened.close();
        bridge.dispose();
        bridge.disposeUserData();
      },
    };
  } catch (error) {
    bridge.dispose();
    bridge.disposeUserData();
    throw error;
  }
}

export function openBare(browser: Browser, url: string, expectTail: string): Promise<MeasuredPage> {
  return open(browser, url, { editable: BARE_EDITABLE, expectTail });
}

export function openLexical(browser: Browser, url: string, expectTail: string): Promise<MeasuredPage> {
  return open(browser, url, { editable: LEXICAL_EDITABLE, expectTail });
}

export type Where = 'start' | 'middle' | 'end';

/** Focuses the editable and puts the caret at the end of its first, middle or last block. */
export async function placeCaret(page: Page, where: Where): Promise<void> {
  await page.evaluate((where) => {
    const el = (window as unknown as Win).__benchProbe.editable()!;
    el.focus();
    const blocks = el.children;
    const block = where === 'start' ? blocks[0] : where === 'middle' ? blocks[Math.floor(blocks.length / 2)] : blocks[blocks.length - 1];
    const range = document.createRange();
    const walker = document.createTreeWalker(block ?? el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
    if (last) range.setStart(last, last.data.length);
    else range.setStart(block ?? el, 0);
    range.collapse(true);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    (block as HTMLElement | undefined)?.scrollIntoView({ block: 'center' });
  }, where);
  // Let the editor take the selection change and the page settle before the first key.
  await page.waitForTimeout(300);
}

export interface TypingOptions {
  /** Wait after each painted keystroke, in ms. */
  gapMs: number;
  /** Plus a random wait up to this many ms (seeded: the same waits for every page). */
  jitterMs?: number;
  /** Every `pauseEvery` keys, wait `pauseMs` (so an undo history records separate steps). */
  pauseEvery?: number;
  pauseMs?: number;
}

/** Types `text` one real key at a time, each after the previous one has been painted; returns the samples. */
export async function typeMeasured(measured: MeasuredPage, text: string, options: TypingOptions): Promise<KeySample[]> {
  const { page, cdp } = measured;
  await page.evaluate(() => {
    const probe = (window as unknown as Win).__benchProbe;
    probe.samples.length = 0;
    probe.arm();
  });
  let typed = 0;
  const random = seededRandom(TYPING_SEED);
  for (const char of text) {
    await pressCharacter(cdp, char);
    await page.evaluate(
      (gap) => (window as unknown as Win).__benchProbe.settled().then(() => new Promise((r) => setTimeout(r, gap))),
      options.gapMs + random() * (options.jitterMs ?? 0),
    );
    typed += 1;
    if (options.pauseEvery && options.pauseMs && typed % options.pauseEvery === 0) await page.waitForTimeout(options.pauseMs);
  }
  return page.evaluate(() => {
    const probe = (window as unknown as Win).__benchProbe;
    probe.disarm();
    return probe.samples.slice();
  });
}

/** Used JS heap after two full garbage collections, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');
  return usedSize / (1024 * 1024);
}

/** The editable's text metrics, for the bare page to match. */
export async function readLook(page: Page): Promise<{ fontFamily: string; fontSize: string; lineHeight: string; width: number; padding: string; paragraphMargin: string }> {
  return page.evaluate(() => {
    const el = (window as unknown as Win).__benchProbe.editable()!;
    const s = getComputedStyle(el);
    const p = el.querySelector('p');
    const ps = p ? getComputedStyle(p) : null;
    const width = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    return {
      fontFamily: s.fontFamily,
      fontSize: s.fontSize,
      lineHeight: s.lineHeight,
      width: Math.round(width),
      padding: s.padding,
      paragraphMargin: ps ? ps.margin : '0 0 12px',
    };
  });
}
