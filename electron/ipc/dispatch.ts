import { z } from 'zod';
import { invokeContract, type InvokeMethod, type InvokeOutput } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { toErrorPayload } from '../services/node-errors';
import type { CallContext, HandlerTable } from './handlers';

/**
 * One call from the page: parse the payload with the contract, run the handler, check
 * what it returns, and turn every failure into a typed error. Never throws.
 */
export async function dispatch<M extends InvokeMethod>(
  table: HandlerTable,
  method: M,
  raw: unknown,
  ctx: CallContext,
  log: (message: string, error?: unknown) => void = () => {},
): Promise<IpcResult<InvokeOutput<M>>> {
  const spec = invokeContract[method];
  try {
    // Inside the try: whatever a payload does to the parser, the page gets an answer.
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-payload', detail: z.prettifyError(parsed.error).slice(0, 2000) } };
    }
    const handler = table[method] as (input: unknown, ctx: CallContext) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value: spec.output.parse(value) as InvokeOutput<M> };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === 'internal') log(`${method} failed`, error);
    return { ok: false, error: payload };
  }
}
