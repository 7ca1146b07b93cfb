import { createCommand, type LexicalCommand } from 'lexical';
import type { PasteDropped } from './paste-report';

/** Sent after every paste or drop into the body with what it left out (often nothing). */
export const PASTE_DROPPED_COMMAND: LexicalCommand<PasteDropped> = createCommand('PASTE_DROPPED_COMMAND');
