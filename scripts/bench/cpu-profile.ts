import type { CDPSession } from '@playwright/test';

/** Where a page spends its main-thread time, from CDP's sampling profiler. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as CpuProfile;
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

/** Functions by self time, and by time including callees, in milliseconds. */
export function hotFunctions(profile: CpuProfile, top = 25): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));

  const keyOf = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() || n.callFrame.url || '(native)';
    return `${n.callFrame.functionName || '(anonymous)'}\u0000${file}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const subtree = new Map<number, number>();
  const sizeOf = (id: number): number => {
    const cached = subtree.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id)!;
    const size = (selfUs.get(id) ?? 0) + (node.children ?? []).reduce((s, c) => s + sizeOf(c), 0);
    subtree.set(id, size);
    return size;
  };
  // Count a function's total once per stack even when it recurses.
  const walk = (id: number, onStack: Set<string>): void => {
    const node = byId.get(id)!;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + (selfUs.get(id) ?? 0));
    if (!onStack.has(key)) total.set(key, (total.get(key) ?? 0) + sizeOf(id));
    const next = new Set(onStack).add(key);
    for (const child of node.children ?? []) walk(child, next);
  };
  walk(profile.nodes[0].id, new Set());

  return [...self.keys()]
    .map((key) => {
      const [name, where] = key.split('\u0000');
      return { name, where, selfMs: (self.get(key) ?? 0) / 1000, totalMs: (total.get(key) ?? 0) / 1000 };
    })
    .filter((f) => !['(idle)', '(program)', '(root)'].includes(f.name))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}
