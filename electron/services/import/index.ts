/** Importing Word (.docx), saved web pages (.html/.htm) and text (.txt) into new drafts. */
export { createImporter, type ImporterDeps } from './importer';
export { IMPORT_LIMITS } from './import-limits';
