import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { AppErrorPayload } from '../../../shared/ipc/errors';
import { toErrorPayload } from '../node-errors';
import { importPhoto, type ImportedPhoto, type PhotoInput } from './import-photo';

/** How one photo of a batch ended. */
export type PhotoBatchOutcome =
  | { index: number; name: string; status: 'ok'; photo: ImportedPhoto }
  | { index: number; name: string; status: 'failed'; error: AppErrorPayload };

/** A photo that was never started because the batch was cancelled. */
export interface PhotoBatchCancelled {
  index: number;
  name: string;
  status: 'cancelled';
}

export interface PhotoBatchProgress {
  /** The photo that just ended: the window shows its figure (or its failure) at once. */
  latest: PhotoBatchOutcome;
  /** Photos ended so far (ok or failed), out of total. */
  done: number;
  total: number;
}

export interface PhotoBatchResult {
  /** One entry per input, in the order given. */
  items: (PhotoBatchOutcome | PhotoBatchCancelled)[];
  ok: number;
  failed: number;
  cancelled: number;
}

export interface PhotoBatchOptions {
  /** Photos in flight at once; the default leaves one core to the window. */
  concurrency?: number;
  /** Called as each photo ends, in the order they end. */
  onProgress?: (progress: PhotoBatchProgress) => void;
  /** Cancels the batch: photos not yet started are not started. */
  signal?: AbortSignal;
  /** How one photo is imported (given its place in `items`); importPhoto unless a caller
   * needs more done before a photo counts as imported (storing it), or a test needs otherwise. */
  importer?: (input: PhotoInput, index: number) => Promise<ImportedPhoto>;
}

/**
 * Imports photos side by side, at most `concurrency` at a time, each reported the moment it
 * ends. A photo that fails is reported with its reason and the others go on. Cancelling
 * starts nothing new; the photos already being decoded finish and are reported as they
 * end (sharp cannot stop a decode half-way), so the result says exactly which photos were
 * imported, which failed and which were never started.
 */
export async function createPhotoBatch(items: readonly PhotoInput[], options: PhotoBatchOptions = {}): Promise<PhotoBatchResult> {
  const { concurrency = defaultPhotoConcurrency(), onProgress, signal, importer = (input) => importPhoto(input) } = options;
  const total = items.length;
  const results: (PhotoBatchOutcome | PhotoBatchCancelled)[] = new Array(total);
  let next = 0;
  let done = 0;

  const runOne = async (index: number): Promise<void> => {
    const input = items[index];
    const name = nameOf(input);
    let outcome: PhotoBatchOutcome;
    try {
      outcome = { index, name, status: 'ok', photo: await importer(input, index) };
    } catch (error) {
      outcome = { index, name, status: 'failed', error: toErrorPayload(error) };
    }
    results[index] = outcome;
    done++;
    try {
      onProgress?.({ latest: outcome, done, total });
    } catch {
      // A listener that throws (a window closed mid-batch) must not stop the other photos.
    }
  };

  const worker = async (): Promise<void> => {
    while (next < total && !signal?.aborted) await runOne(next++);
  };
  const lanes = Math.max(1, Math.min(Math.floor(concurrency), total));
  await Promise.all(Array.from({ length: lanes }, worker));

  for (let index = 0; index < total; index++) {
    results[index] ??= { index, name: nameOf(items[index]), status: 'cancelled' };
  }
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return { items: results, ok: count('ok'), failed: count('failed'), cancelled: count('cancelled') };
}

/**
 * cores − 1 (one left for the window), and no more than libuv's thread pool, where sharp
 * runs each photo: more would only queue there.
 */
export function defaultPhotoConcurrency(cores: number = availableParallelism(), threadPool: number = libuvThreadPool()): number {
  return Math.max(1, Math.min(cores - 1, threadPool));
}

function libuvThreadPool(): number {
  const size = Number(process.env.UV_THREADPOOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 4;
}

function nameOf(input: PhotoInput): string {
  return ('path' in input ? basename(input.path) : input.name).normalize('NFC');
}
