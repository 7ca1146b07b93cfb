import type { SoanTinApi } from './contract';

export type InvokeTransport = (channel: string, payload: unknown) => Promise<unknown>;
export type SubscribeTransport = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.soantin` from the channel tables and two transports. It references
 * nothing outside its arguments, so the very same function serves the Electron preload
 * and the browser test bridge (which injects it into the page as source).
 */
export function buildSoanTinApi(
  invokeChannels: Record<string, string>,
  eventChannels: Record<string, string>,
  invoke: InvokeTransport,
  subscribe: SubscribeTransport,
): SoanTinApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(invokeChannels)) {
    const channel = invokeChannels[method];
    api[method] = (input: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  for (const method of Object.keys(eventChannels)) {
    const channel = eventChannels[method];
    api[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(method + ' needs a function');
      return subscribe(channel, (payload) => listener(payload));
    };
  }
  return Object.freeze(api) as unknown as SoanTinApi;
}
