import type { MediaItem } from './article-schema';
import type { SerializedBodyNode } from './body-nodes';

/**
 * The photos a draft lists: exactly those its figures show, in the order they first appear
 * (a photo removed from the body leaves the file at the next save; one shown twice is stored
 * once). Known details (the camera file's name) come from the photos met so far; a figure pasted
 * from another draft brings its own size.
 */
export function mediaForBody(root: SerializedBodyNode, known: readonly MediaItem[]): MediaItem[] {
  const byHash = new Map(known.map((item) => [item.hash, item]));
  const listed = new Map<string, MediaItem>();
  for (const node of root.children ?? []) {
    if (node.type !== 'figure') continue;
    const hash = node.media as string;
    if (listed.has(hash)) continue;
    listed.set(hash, byHash.get(hash) ?? { hash, width: node.width as number, height: node.height as number, originalName: '' });
  }
  return [...listed.values()];
}
