/** Facts about the `.tinbai` draft file that every room agrees on. */

/** The first, stored entry of every draft: it identifies the file without reading the rest. */
export const TINBAI_MIMETYPE = 'application/vnd.soantin.article+zip';

/** The newest `article.json` layout this build reads and writes. */
export const FORMAT_VERSION = 1;

export const TINBAI_EXTENSION = 'tinbai';

export const ARTICLE_ENTRY = 'article.json';
export const MIMETYPE_ENTRY = 'mimetype';
