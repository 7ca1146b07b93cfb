import type { ToneStyle } from '../legacy/tone-style';

/** The two tone-mark styles, for settings and the contract; 'old' is the reference article's. */
export const TONE_STYLES = ['old', 'new'] as const satisfies readonly ToneStyle[];
export const DEFAULT_TONE_STYLE: ToneStyle = 'old';
