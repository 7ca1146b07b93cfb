import { createCommand, type LexicalCommand } from 'lexical';
import type { RtfPicture } from '../../../../shared/paste/rtf-pictures';
import type { PastedPicture } from './pasted-pictures';
import type { PasteDropped } from './paste-report';

export interface PictureToBring {
  /** The id of the PictureSlotNode that keeps its place. */
  slot: string;
  picture: PastedPicture;
  /** The same picture from the clipboard's RTF, when Word put it there in a format we take. */
  rtf: RtfPicture | null;
}

/** Sent after a paste has put place-holders for its pictures in the body (FigurePlugin brings them in). */
export const PASTED_PICTURES_COMMAND: LexicalCommand<{ pictures: PictureToBring[]; imageFile: File | null; dropped: PasteDropped }> =
  createCommand('PASTED_PICTURES_COMMAND');
