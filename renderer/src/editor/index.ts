/** The editing surface: the shell places the toolbar and the body; the controller reads and drives them. */
export { EditorProvider, type EditorController } from './EditorProvider';
export { EditorToolbar } from './toolbar/EditorToolbar';
export { EditorBody } from './EditorBody';
export type { EditorCommand } from './editor-commands';
export type { EditorEnvironment, PastedPictureSource } from './editor-environment';
