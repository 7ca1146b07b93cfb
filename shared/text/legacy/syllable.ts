/**
 * Is this a Vietnamese syllable? Orthographic rules: an onset (b, ch, gh, gi, ngh, qu…), a
 * rhyme from the closed list of Vietnamese rhymes (with the medial o/u where it is written),
 * at most one tone, and the stop-final rule (a syllable ending in c, ch, p, t takes only sắc or
 * nặng). Used to judge whether a converted word became real Vietnamese (mojibake detection,
 * VIQR) and to find the rhyme whose tone placement has two styles (oa, oe, uy).
 *
 * Lenient where real copy is lenient: k before a/o/u (Bắc Kạn, Kon Tum), i/y spellings (lý/lí),
 * tone on either vowel of oa/oe/uy. Strict where mojibake is not: no ghe/nge/ci, no coda after
 * which the tone cannot stand, no two tones.
 */
import { letterParts, type Tone } from './vietnamese-letters';

const words = (list: string) => list.trim().split(/\s+/);

/** Rhymes written after the onset with no medial. */
const PLAIN = words(`
  a ac ach ai am an ang anh ao ap at au ay
  ăc ăm ăn ăng ăp ăt
  âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et
  ê êch êm ên ênh êp êt êu
  i ia ich im in inh ip it iu
  iêc iêm iên iêng iêp iêt iêu
  yêm yên yêng yêt yêu
  y
  o oc oi om on ong op ot
  ooc oong
  ô ôc ôi ôm ôn ông ôp ôt
  ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut
  uôc uôi uôm uôn uông uôt
  ư ưa ưc ưi ưm ưn ưng ưt ưu
  ươc ươi ươm ươn ương ươp ươt ươu
`);

/** What follows a written medial o (hoa, hoặc, khoẻ, ngoài). */
const AFTER_O = words('a ac ach ai am an ang anh ao ap at ay ăc ăm ăn ăng ăp ăt e em en eo ep et');

/** What follows a written medial u (tuần, thuế, thuỷ, huynh, khuya, thuyền, thuở). */
const AFTER_U = words('ân âng âp ât ây ê êch ên ênh êt y ych yn ynh yp yt yu ya yên yêt ơ');

/** What may follow "qu" (its u is the medial): qua, quăn, que, quê, quân, quý, quyết, quốc, quạu. */
const AFTER_QU = new Set([...AFTER_O, ...AFTER_U, ...words('au i in inh ip it ôc')]);

const RHYMES = new Set([...PLAIN, ...AFTER_O.map((r) => `o${r}`), ...AFTER_U.map((r) => `u${r}`)]);

/** Onsets, longest first so that "ngh" is tried before "ng" and "n". */
const ONSETS = words('ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x');

const FRONT = new Set(['i', 'e', 'ê']);

export interface Syllable {
  /** Lower-case onset as written: '', 'b', 'ch', 'gi', 'qu', 'ngh'… */
  onset: string;
  /** Lower-case rhyme without its tone, medial included: 'oa', 'uyên', 'ương'. */
  rhyme: string;
  tone: Tone;
  /** Index (in letters, from the word's start) of the letter with the tone mark; -1 for ngang. */
  toneAt: number;
}

/** Rhymes that start with a written medial (hoa, thuế), not with o or u as the main vowel (hoc, thu). */
const MEDIAL_RHYMES = new Set([...AFTER_O.map((r) => `o${r}`), ...AFTER_U.map((r) => `u${r}`)]);

function onsetFits(onset: string, rhyme: string): boolean {
  const first = rhyme[0];
  // /k/ before a medial is written qu: "cua" is c + ua, but there is no "cuy" or "coa".
  if ((onset === 'c' || onset === 'k') && MEDIAL_RHYMES.has(rhyme)) return false;
  if (onset === 'gh' || onset === 'ngh') return FRONT.has(first);
  if (onset === 'ng' || onset === 'c') return !FRONT.has(first) && first !== 'y';
  if (onset === 'g') return first !== 'e' && first !== 'ê';
  return true;
}

function rhymeFits(onset: string, rhyme: string): boolean {
  if (onset === 'qu') return AFTER_QU.has(rhyme);
  if (onset === 'gi' && rhyme[0] === 'i') return false;
  return RHYMES.has(rhyme) && onsetFits(onset, rhyme);
}

const STOP_FINAL = /(?:c|ch|p|t)$/;

/**
 * The parts of one syllable (NFC, any case), or null when it is not a Vietnamese syllable.
 * Each letter is one UTF-16 unit in NFC, so letter indices are string indices.
 */
export function parseSyllable(word: string): Syllable | null {
  if (word.length === 0 || word.length > 7) return null;
  let plain = '';
  let tone: Tone = 0;
  let toneAt = -1;
  for (let i = 0; i < word.length; i += 1) {
    const parts = letterParts(word[i]);
    if (!parts) return null;
    if (parts.tone !== 0) {
      if (toneAt >= 0) return null;
      tone = parts.tone;
      toneAt = i;
    }
    plain += parts.base;
  }
  if (STOP_FINAL.test(plain) && tone !== 0 && tone !== 1 && tone !== 5) return null;
  if (rhymeFits('', plain)) return { onset: '', rhyme: plain, tone, toneAt };
  for (const onset of ONSETS) {
    if (!plain.startsWith(onset)) continue;
    const rhyme = plain.slice(onset.length);
    if (rhyme && rhymeFits(onset, rhyme)) return { onset, rhyme, tone, toneAt };
    // "gì", "gìn", "giếng": the i of gi is also the rhyme's first letter.
    if (onset === 'gi' && rhymeFits('g', `i${rhyme}`)) return { onset: 'g', rhyme: `i${rhyme}`, tone, toneAt };
  }
  return null;
}

export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}
