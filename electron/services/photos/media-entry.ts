/**
 * How a photo is named inside a draft: by the sha256 of its master, so the same photo
 * inserted twice (or in two drafts) is one entry, and a name says nothing about the
 * photographer's file names or folders.
 */
const PHOTO_HASH = /^[0-9a-f]{64}$/;

export function isPhotoHash(hash: string): boolean {
  return PHOTO_HASH.test(hash);
}

/** The master's entry in the .tinbai zip. */
export function masterEntryName(hash: string): string {
  if (!isPhotoHash(hash)) throw new Error(`not a photo hash: ${hash.slice(0, 80)}`);
  return `media/${hash}.jpg`;
}

/** The hash an entry name holds, or null when the entry is not a photo master. */
export function hashOfMasterEntry(name: string): string | null {
  const match = /^media\/([0-9a-f]{64})\.jpg$/.exec(name);
  return match ? match[1] : null;
}
