import { AppError } from '../../shared/ipc/errors';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n/locale';
import { DEFAULT_TONE_STYLE, TONE_STYLES } from '../../shared/text/convert/tone-styles';
import type { ToneStyle } from '../../shared/text/legacy/tone-style';
import type { Settings } from './ports';

export const MAX_RECENT_FILES = 10;

/**
 * The JSON schema electron-store (in the app) and conf (in tests) validate every write with.
 * Defaults live here too, so a first launch reads Vietnamese and no recent files.
 */
export const settingsSchema = {
  locale: { type: 'string', enum: [...LOCALES], default: DEFAULT_LOCALE },
  /** The office's tone-mark style (Công cụ ▸ Kiểu bỏ dấu): the reference article's 'old' unless changed. */
  toneStyle: { type: 'string', enum: [...TONE_STYLES], default: DEFAULT_TONE_STYLE },
  /** The side panel folded away (Xem ▸ or Ctrl/⌘+\\), remembered for the next start. */
  panelCollapsed: { type: 'boolean', default: false },
  recentFiles: {
    type: 'array',
    maxItems: MAX_RECENT_FILES,
    default: [],
    items: {
      type: 'object',
      properties: {
        path: { type: 'string', minLength: 1 },
        title: { type: 'string' },
        openedAt: { type: 'string' },
      },
      required: ['path', 'title', 'openedAt'],
    },
  },
} as const;

/** What both electron-store and conf offer; the services need nothing more. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The stored locale, or the default when the file holds something this build does not know. */
export function localeOf(value: unknown): Locale {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
}

/** The stored tone-mark style, or the default for a file that holds something else. */
export function toneStyleOf(value: unknown): ToneStyle {
  return (TONE_STYLES as readonly unknown[]).includes(value) ? (value as ToneStyle) : DEFAULT_TONE_STYLE;
}

export function createSettings(store: KeyValueStore): Settings {
  return {
    getLocale: () => localeOf(store.get('locale')),
    setLocale: (locale) => {
      if (!(LOCALES as readonly unknown[]).includes(locale)) throw new AppError('invalid-payload', `locale ${String(locale)}`);
      store.set('locale', locale);
    },
    getPanelCollapsed: () => store.get('panelCollapsed') === true,
    setPanelCollapsed: (collapsed) => store.set('panelCollapsed', collapsed === true),
    getToneStyle: () => toneStyleOf(store.get('toneStyle')),
    setToneStyle: (style) => {
      if (!(TONE_STYLES as readonly unknown[]).includes(style)) throw new AppError('invalid-payload', `tone style ${String(style)}`);
      store.set('toneStyle', style);
    },
  };
}

/**
 * Options for electron-store/conf. clearInvalidConfig: a settings file damaged or edited by hand
 * (bad JSON, an unknown locale, eleven recent files) starts over from the defaults instead of
 * stopping the app at launch. The file name is the caller's: electron-store calls it `name`,
 * conf `configName`.
 */
export const settingsStoreOptions = { schema: settingsSchema, clearInvalidConfig: true } as const;
