import type { LegacyDetection } from '../../../../shared/text/legacy/detect';
import type { legacyVi } from '../../../../shared/i18n/messages/legacy';

/** The name the officer knows an encoding by (the font family they typed in). */
export function encodingLabel(detection: Pick<LegacyDetection, 'encoding' | 'doubleUtf8'>, m: typeof legacyVi): string {
  if (detection.encoding === 'tcvn3') return m.encodingTcvn3;
  if (detection.encoding === 'vni') return m.encodingVni;
  return detection.doubleUtf8 ? m.encodingDoubleUtf8 : m.encodingUnicode;
}
