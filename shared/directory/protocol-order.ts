import type { DirectoryPerson } from './person-schema';

/**
 * People in protocol order: smaller rank first; people of the same rank keep the order the
 * office gave them (the sort is stable), since that order is itself a protocol decision.
 */
export function sortByProtocol<P extends Pick<DirectoryPerson, 'rank'>>(people: readonly P[]): P[] {
  return [...people].sort((a, b) => a.rank - b.rank);
}
