import type { InvokeOutput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/errors';

/**
 * Asked for the moment this module is evaluated, before React, zod and the editor load (it
 * imports nothing at run time), so a large draft named on the command line is read while the
 * page boots. bridge.ts's `settle` unwraps the answer.
 */
export const startupAnswer: Promise<IpcResult<InvokeOutput<'getStartup'>>> = (async () => window.soantin.getStartup({}))();
