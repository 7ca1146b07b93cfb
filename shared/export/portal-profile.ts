import { z } from 'zod';

/**
 * What a portal wants of an export, kept in the settings and, for the command line, in a JSON
 * file (`--profile`). Every key has a default, so a file may say only what differs. The
 * defaults reproduce the reference portal's article page (a SharePoint publishing site): the
 * sapô opens the body in bold, photos sit in the article column, no class names.
 */

/** Elements (and roles) a portal may want a class on; nothing else can carry one. */
export const CLASS_NAME_KEYS = [
  'sapo',
  'p',
  'h2',
  'h3',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'figure',
  'figureFull',
  'figureHalf',
  'figureOriginal',
  'picture',
  'img',
  'figcaption',
  'table',
  'alignLeft',
  'alignCenter',
  'alignRight',
  'alignJustify',
] as const;

export type ClassNameKey = (typeof CLASS_NAME_KEYS)[number];

/** One or more CSS class tokens: letters, digits, '-' and '_', not starting with a digit or "--". */
export const CLASS_TOKEN = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
const classList = z
  .string()
  .max(200)
  .transform((s) => s.trim().split(/\s+/).filter(Boolean).join(' '))
  .refine((s) => s === '' || s.split(' ').every((t) => CLASS_TOKEN.test(t)), 'class names are letters, digits, "-" and "_"');

// Only characters that need no escaping anywhere a URL goes (attribute, srcset, JSON).
const URL_CHARS = /^[A-Za-z0-9._~\-/%:]*$/;

/**
 * Where the portal will serve the photos from: a relative folder ("images/", the package's own),
 * a site-relative path ("/PublishingImages/2022/"), or an absolute http(s) address. Always ends
 * with "/" so that a file name can follow.
 */
export function imageBaseProblem(base: string): string | null {
  if (!URL_CHARS.test(base)) return 'the image address may hold only letters, digits and . _ ~ - / % :';
  if (!base.endsWith('/')) return 'the image address must end with "/"';
  if (base.split('/').includes('..')) return 'the image address may not climb with ".."';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(base);
  if (scheme) {
    if (!/^https?$/i.test(scheme[1])) return 'an absolute image address must be http or https';
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\//i.test(base)) return 'an absolute image address needs a host';
    return null;
  }
  if (base.includes(':')) return 'the image address may hold ":" only after http or https';
  if (base.startsWith('//')) return 'write the scheme (https://) of an absolute image address';
  return null;
}

export function isAbsoluteImageBase(base: string): boolean {
  return /^https?:\/\//i.test(base);
}

const widthsSchema = z
  .array(z.number().int().min(64).max(4096))
  .min(1)
  .max(8)
  .transform((ws) => [...new Set(ws)].sort((a, b) => a - b));

export const portalProfileSchema = z.strictObject({
  /** A name the settings list shows. */
  name: z.string().max(100).default('Cổng thông tin điện tử tỉnh'),
  /** The sapô also opens the fragment, as a bold paragraph (the reference portal shows it so). */
  sapoInBody: z.boolean().default(true),
  imageBaseUrl: z
    .string()
    .max(500)
    .default('images/')
    .superRefine((base, ctx) => {
      const problem = imageBaseProblem(base);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Widths of the JPEG renditions of each photo (srcset), in pixels. */
  renditionWidths: widthsSchema.default([480, 800, 1200]),
  jpegQuality: z.number().int().min(40).max(100).default(82),
  /** Also WebP renditions, offered first in a <picture>. */
  webp: z.boolean().default(false),
  /** The article column of the portal page in CSS pixels: a full-width photo is shown this wide. */
  columnWidth: z.number().int().min(200).max(2000).default(760),
  /** The main photo (PublishingPageImage) is made this wide. */
  mainPhotoWidth: z.number().int().min(64).max(4096).default(800),
  /** The cropped thumbnail (PublishingRollupImage). */
  thumbnail: z
    .strictObject({
      width: z.number().int().min(32).max(2000),
      height: z.number().int().min(32).max(2000),
    })
    .default({ width: 400, height: 300 }),
  /** Class names a portal's stylesheet needs; none by default (the allow-list has no class). */
  classNames: z.partialRecord(z.enum(CLASS_NAME_KEYS), classList).default({}),
});

export type PortalProfile = z.output<typeof portalProfileSchema>;
export type PortalProfileInput = z.input<typeof portalProfileSchema>;

export const DEFAULT_PORTAL_PROFILE: PortalProfile = portalProfileSchema.parse({});

export type ProfileResult = { ok: true; profile: PortalProfile } | { ok: false; problems: string[] };

/** A profile from settings or a `--profile` file, with each problem said where it is. */
export function parsePortalProfile(json: unknown): ProfileResult {
  const result = portalProfileSchema.safeParse(json);
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || 'profile'}: ${issue.message}`),
  };
}

/** The class names of a profile, as a set (what the verifier lets through). */
export function profileClassTokens(profile: PortalProfile): Set<string> {
  const tokens = new Set<string>();
  for (const value of Object.values(profile.classNames)) for (const t of (value ?? '').split(' ')) if (t) tokens.add(t);
  return tokens;
}
