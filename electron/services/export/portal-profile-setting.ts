import { DEFAULT_PORTAL_PROFILE, parsePortalProfile } from '../../../shared/export/portal-profile';
import type { PortalProfileSetting } from '../ports';
import type { KeyValueStore } from '../settings-store';

/** The settings key; absent means the reference portal's defaults. */
export const PORTAL_PROFILE_KEY = 'portalProfile';

/**
 * The portal profile kept in the settings. What is stored is checked again on every read: a
 * value this build cannot read (hand-edited, from a newer version) falls back to the defaults
 * rather than exporting something the officer did not choose.
 */
export function createPortalProfileSetting(store: KeyValueStore): PortalProfileSetting {
  const stored = () => {
    const value = store.get(PORTAL_PROFILE_KEY);
    if (value === undefined || value === null) return null;
    const parsed = parsePortalProfile(value);
    return parsed.ok ? parsed.profile : null;
  };
  return {
    get: () => stored() ?? DEFAULT_PORTAL_PROFILE,
    isCustom: () => stored() !== null,
    set: (profile) => store.set(PORTAL_PROFILE_KEY, profile),
    reset: () => store.set(PORTAL_PROFILE_KEY, null),
  };
}
