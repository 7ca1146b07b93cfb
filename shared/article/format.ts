/** Facts about the `.tinbai` draft file that every room agrees on. */

/** The first, stored entry of every draft: it identifies the file without reading the rest. */
export const TINBAI_MIMETYPE = 'application/vnd.soantin.article+zip';

/** The newest `article.json` layout this build reads and writes. */
export const FORMAT_VERSION = 3;

export const TINBAI_EXTENSION = 'tinbai';

export const ARTICLE_ENTRY = 'article.json';
export const MIMETYPE_ENTRY = 'mimetype';
/** Added to copies in the recovery folder (where the draft was saved, when the copy was taken). Holds nothing of the article. */
export const RECOVERY_NOTE_ENTRY = 'recovery.json';

/**
 * What an article id may be, wherever one is checked (the file, the bridge, the recovery
 * folder, where it becomes a file name). The app makes UUIDs; a plain name of 8–100 letters,
 * digits, '-' and '_' keeps every check agreeing, so a save never fails on a later step.
 */
export const ARTICLE_ID = /^[A-Za-z0-9_-]{8,100}$/;
