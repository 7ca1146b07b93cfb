import { startsWithPost } from './post-words';

/**
 * Pieces of a chain cut at " - " put back together where a cut fell inside one title
 * ("Giám đốc Sở Văn hóa", "Thể thao và Du lịch" → one title): a piece that does not begin
 * with a title of office continues the one before it. A first piece is kept as it is.
 */
export function joinTitlePieces(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && !startsWithPost(piece)) out[out.length - 1] += ` - ${piece}`;
    else out.push(piece);
  }
  return out;
}
