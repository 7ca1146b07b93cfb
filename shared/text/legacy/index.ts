/** Legacy Vietnamese encodings and tone-mark style: pure conversions, no DOM, no Node. */
export { fromTcvn3, type Tcvn3Options } from './tcvn3';
export { fromVni } from './vni';
export { fromViqr, type ViqrOptions } from './viqr';
export { fromCombiningUnicode } from './unicode-combining';
export { fixDoubleUtf8 } from './double-utf8';
export { toTcvn3, toTcvn3Runs, toVni, type Tcvn3EncodeOptions, type Tcvn3Run } from './encode';
export { decodeCp1252, encodeCp1252 } from './cp1252';
export { legacyEncodingOfFont, type FontEncoding } from './font-encoding';
export { detectLegacyEncoding, repairLegacyText, type DetectedEncoding, type LegacyDetection } from './detect';
export { isVietnameseSyllable, parseSyllable, type Syllable } from './syllable';
export {
  convertToneStyle,
  detectToneStyle,
  toneStyleChanges,
  toneStyleOfWord,
  type ToneStyle,
  type ToneStyleChange,
  type ToneStyleReport,
} from './tone-style';
