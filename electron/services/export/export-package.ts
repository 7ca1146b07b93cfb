import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { checkForExport, hasBlocking, type ExportCheck } from '../../../shared/export/export-checks';
import { ExportError } from '../../../shared/export/export-error';
import { figuresOf, type ExportArticle, type FigureNode } from '../../../shared/export/export-node';
import { exportMetadata, packageImage, type ExportMetadata, type PackageImage } from '../../../shared/export/metadata';
import { MEDIA_HASH as MEDIA_HASH_PATTERN } from '../../../shared/article/article-schema';
import type { CropFractions } from '../../../shared/article/photo-crop';
import { assertSafeFragment, verifiedFragment } from '../../../shared/export/portal-fragment';
import { parsePortalProfile, profileClassTokens, type PortalProfile, type PortalProfileInput } from '../../../shared/export/portal-profile';
import { PREVIEW_CLASSES, previewPage, previewStylesheet } from '../../../shared/export/preview-page';
import { readmeText } from '../../../shared/export/readme-text';
import { IMAGES_FOLDER, mainPhotoName, planFigure, thumbnailName, type FigurePlan } from '../../../shared/export/renditions';
import { articleSlug } from '../../../shared/export/slug';
import { verifyPage } from '../../../shared/export/verify-html';
import { readPreviewFonts } from './font-files';
import { makePhoto, readMaster, type Master, type PhotoOutput } from './image-renditions';
import { assertTargetFree, writePackage, type PackageFile, type PackageTarget } from './package-target';

/**
 * The export package for the web team, written all at once or not at all:
 *
 *   article.html   the fragment for the body field (PublishingPageContent)
 *   preview.html   the page as the portal shows it, offline, with fonts/
 *   images/        <slug>-<n>-<width>.jpg renditions, the main photo and its thumbnail
 *   metadata.json  each field with the SharePoint field it goes to
 *   README.txt     a note in Vietnamese for the web team
 *
 * Refused (ExportError) while a blocking check remains, when the target exists and overwrite
 * is not given, and when any HTML it would write fails the allow-list parse. No 'electron'
 * import: the window and the command line call the same function.
 */

export interface ExportProgress {
  step: 'photos' | 'writing' | 'done';
  done: number;
  total: number;
}

export interface ExportPackageOptions {
  article: ExportArticle;
  /** The master JPEG of a photo by its hash (from the draft's media/). */
  media: (hash: string) => Promise<Buffer>;
  /** The portal profile (settings or --profile file); the default profile when absent. */
  profile?: PortalProfile | PortalProfileInput;
  target: PackageTarget;
  /** Replace an existing file or folder at the target (asked of the user first). */
  overwrite?: boolean;
  onProgress?: (progress: ExportProgress) => void;
  /** Where the preview's woff2 files are; the @fontsource packages by default. */
  fontDir?: string;
  /** Photos made side by side; the machine's cores by default. */
  concurrency?: number;
}

export interface ExportResult {
  path: string;
  slug: string;
  /** Paths inside the package, in the order written. */
  files: string[];
  metadata: ExportMetadata;
  /** The warnings the user agreed to export with. */
  warnings: ExportCheck[];
  /** Fonts that could not be found (the preview then uses the reader's own). */
  missingFonts: string[];
  timings: { photosMs: number; totalMs: number };
}

export async function exportPackage(options: ExportPackageOptions): Promise<ExportResult> {
  const started = performance.now();
  const { article, target } = options;
  const overwrite = options.overwrite ?? false;
  const profile = resolveProfile(options.profile);

  const firstChecks = checkForExport(article);
  if (hasBlocking(firstChecks)) throw new ExportError('blocking-problems', { checks: firstChecks });
  await assertTargetFree(target, overwrite);

  const figures = figuresOf(article.body.root);
  const masters = await loadMasters(figures.map((f) => f.figure), options.media);
  const checks = checkForExport(article, { hasMedia: (hash) => masters.has(hash) });
  if (hasBlocking(checks)) throw new ExportError('blocking-problems', { checks });

  const slug = articleSlug(article.meta.title);
  // The plans come from the masters' real pixels, not from what the node says of them.
  const plans = new Map<number, FigurePlan>();
  for (const { figure, index } of figures) {
    const master = masters.get(figure.media)!;
    const plan = planFigure({ ...figure, width: master.width, height: master.height }, index, slug, profile);
    if (plan) plans.set(index, plan);
  }
  const plan = (_figure: FigureNode, n: number) => plans.get(n) ?? null;

  // Every piece of HTML is made and verified before a single photo is encoded.
  const fragment = verifiedFragment(article, { profile, slug, plan });
  const previewFragment =
    profile.imageBaseUrl === IMAGES_FOLDER ? fragment : verifiedFragment(article, { profile, slug, plan, imageBaseUrl: IMAGES_FOLDER });

  const chosen = article.media?.find((item) => item.main)?.hash;
  const first = figures.find(({ figure }) => figure.media === chosen) ?? figures[0];
  const thumbnailCrop = first ? article.media?.find((item) => item.hash === first.figure.media)?.crop : undefined;
  const firstMaster = first ? masters.get(first.figure.media)! : null;
  const main = first && firstMaster ? mainImages(slug, profile, firstMaster) : null;
  const metadata = exportMetadata({
    article,
    fragment,
    main: first && main ? { figure: first.figure, image: main.image, thumbnail: main.thumbnail } : null,
  });
  for (const field of ['PublishingPageImage', 'PublishingRollupImage'] as const) {
    if (metadata.sharePoint[field].value) assertSafeFragment(metadata.sharePoint[field].value, profile);
  }

  const stylesheet = previewStylesheet(profile.columnWidth);
  const preview = previewPage({
    article,
    fragment: previewFragment,
    sapoInFragment: profile.sapoInBody,
    portalName: profile.name,
    columnWidth: profile.columnWidth,
    stylesheet,
    styleSha256: createHash('sha256').update(stylesheet, 'utf8').digest('base64'),
  });
  const pageProblems = verifyPage(preview, { picture: profile.webp, classTokens: profileClassTokens(profile), pageClasses: PREVIEW_CLASSES });
  if (pageProblems.length > 0) throw new ExportError('unsafe-html', { problems: pageProblems });

  const photosStarted = performance.now();
  const photoFiles = await makePhotos(figures, plans, masters, profile, slug, options, first ? { index: first.index, crop: thumbnailCrop } : null);
  const photosMs = performance.now() - photosStarted;
  const fonts = await readPreviewFonts(options.fontDir);

  const text = (name: string, value: string): PackageFile => ({ name, data: Buffer.from(value, 'utf8') });
  const files: PackageFile[] = [
    text('article.html', fragment + '\n'),
    text('preview.html', preview),
    text('metadata.json', JSON.stringify(metadata, null, 2) + '\n'),
    text('README.txt', readmeText(metadata, profile.imageBaseUrl)),
    ...photoFiles,
    ...fonts.files,
  ];
  options.onProgress?.({ step: 'writing', done: 0, total: 1 });
  await writePackage(target, files, { overwrite, mtime: packageTime(article) });
  options.onProgress?.({ step: 'done', done: 1, total: 1 });

  return {
    path: target.path,
    slug,
    files: files.map((f) => f.name),
    metadata,
    warnings: checks,
    missingFonts: fonts.missing,
    timings: { photosMs, totalMs: performance.now() - started },
  };
}

function resolveProfile(input: ExportPackageOptions['profile']): PortalProfile {
  const parsed = parsePortalProfile(input ?? {});
  if (!parsed.ok) throw new ExportError('invalid-profile', { detail: parsed.problems.join('; ') });
  return parsed.profile;
}

/** Each distinct master once; one that cannot be had or read counts as missing from the draft. */
async function loadMasters(figures: readonly FigureNode[], media: ExportPackageOptions['media']): Promise<Map<string, Master>> {
  const masters = new Map<string, Master>();
  const hashes = [...new Set(figures.map((f) => f.media))].filter((h) => MEDIA_HASH_PATTERN.test(h));
  for (const hash of hashes) {
    let bytes: Buffer;
    try {
      bytes = await media(hash);
    } catch {
      continue;
    }
    const master = await readMaster(bytes);
    if (master) masters.set(hash, master);
  }
  return masters;
}

function mainImages(slug: string, profile: PortalProfile, master: Master): { image: PackageImage; thumbnail: PackageImage } {
  const width = Math.min(profile.mainPhotoWidth, master.width);
  const height = Math.max(1, Math.round((width * master.height) / master.width));
  return {
    image: packageImage(profile.imageBaseUrl, mainPhotoName(slug), width, height),
    thumbnail: packageImage(profile.imageBaseUrl, thumbnailName(slug), profile.thumbnail.width, profile.thumbnail.height),
  };
}

async function makePhotos(
  figures: ReturnType<typeof figuresOf>,
  plans: ReadonlyMap<number, FigurePlan>,
  masters: ReadonlyMap<string, Master>,
  profile: PortalProfile,
  slug: string,
  options: ExportPackageOptions,
  /** The figure whose photo is the main photo (and thumbnail), and where its thumbnail is cut. */
  mainPhoto: { index: number; crop?: CropFractions } | null,
): Promise<PackageFile[]> {
  const jobs = figures.filter(({ index }) => plans.has(index));
  const total = jobs.length;
  let done = 0;
  options.onProgress?.({ step: 'photos', done, total });
  const outputs = new Array<PackageFile[]>(jobs.length);
  const run = async (i: number) => {
    const { figure, index } = jobs[i];
    const plan = plans.get(index)!;
    const isMain = index === mainPhoto?.index;
    const out = await makePhoto(
      {
        master: masters.get(figure.media)!,
        jpeg: plan.jpeg,
        webp: plan.webp,
        main: isMain ? { width: profile.mainPhotoWidth, thumbnail: profile.thumbnail, crop: mainPhoto?.crop } : undefined,
      },
      { quality: profile.jpegQuality },
    );
    outputs[i] = photoFiles(plan, out, isMain ? slug : null);
    options.onProgress?.({ step: 'photos', done: ++done, total });
  };
  await pool(jobs.length, Math.max(1, options.concurrency ?? availableParallelism()), run);
  return outputs.flat();
}

function photoFiles(plan: FigurePlan, out: PhotoOutput, mainSlug: string | null): PackageFile[] {
  const files: PackageFile[] = [];
  plan.jpeg.forEach((r, i) => files.push({ name: IMAGES_FOLDER + r.name, data: out.jpeg[i] }));
  plan.webp.forEach((r, i) => files.push({ name: IMAGES_FOLDER + r.name, data: out.webp[i] }));
  if (mainSlug && out.main) files.push({ name: IMAGES_FOLDER + mainPhotoName(mainSlug), data: out.main.data });
  if (mainSlug && out.thumbnail) files.push({ name: IMAGES_FOLDER + thumbnailName(mainSlug), data: out.thumbnail.data });
  return files;
}

async function pool(count: number, width: number, run: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await run(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

/** The article's own time on every zip entry, so that the same draft exports to the same bytes. */
function packageTime(article: ExportArticle): Date {
  const at = article.modified ? new Date(article.modified.at) : null;
  return at && !Number.isNaN(at.getTime()) ? at : new Date(Date.UTC(2000, 0, 1));
}

