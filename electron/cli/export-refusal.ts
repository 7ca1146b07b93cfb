import { describeExportError, ExportError } from '../../shared/export/export-error';
import { CliRefusal } from './cli-output';

/**
 * An export refused, as the command line says it: the one line (Vietnamese · English), then each
 * blocking problem or unsafe construct on a line of its own. refusalLine prints `vi · en`, so
 * the list rides after the English sentence.
 */
export function exportRefusal(error: ExportError): CliRefusal {
  const [vi, en, ...rest] = describeExportError(error);
  return new CliRefusal(vi, [en, ...rest].join('\n'));
}

/** Runs an export step; an ExportError comes out as the command line's refusal, anything else as it was. */
export async function refusingExportErrors<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ExportError) throw exportRefusal(error);
    throw error;
  }
}
