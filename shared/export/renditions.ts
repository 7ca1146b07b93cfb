import type { FigureNode } from './export-node';
import type { PortalProfile } from './portal-profile';

/**
 * Which files a photo becomes and how the fragment shows it. Pure: the serializer writes the
 * <img> from this plan and the package writer makes exactly these files from the master.
 */

export interface Rendition {
  /** File name inside images/: `<slug>-<n>-<width>.jpg` (or .webp). */
  name: string;
  width: number;
  height: number;
}

export interface FigurePlan {
  /** The photo's number in the article, from 1. */
  n: number;
  jpeg: Rendition[];
  /** Empty unless the profile asks for WebP. */
  webp: Rendition[];
  /** The rendition the `src` names: the smallest at least as wide as the photo is shown. */
  src: Rendition;
  /** The size the photo is shown at (the img's width and height). */
  display: { width: number; height: number };
  sizes: string;
}

export const IMAGES_FOLDER = 'images/';

/**
 * The widths to make of a master `masterWidth` wide: each profile width, never wider than the
 * master (a small photo is not enlarged; its own width stands for the larger ones).
 */
export function renditionWidths(masterWidth: number, widths: readonly number[]): number[] {
  return [...new Set(widths.map((w) => Math.min(w, masterWidth)))].sort((a, b) => a - b);
}

export function scaledHeight(width: number, masterWidth: number, masterHeight: number): number {
  return Math.max(1, Math.round((width * masterHeight) / masterWidth));
}

/** How wide a photo is shown: the column, half of it, or its own width, never more than the master. */
export function displayWidth(figure: Pick<FigureNode, 'size' | 'width'>, columnWidth: number): number {
  const wanted = figure.size === 'half' ? Math.round(columnWidth / 2) : columnWidth;
  return Math.max(1, Math.min(wanted, figure.width));
}

/** The plan for photo `n`, or null when its size is unknown (no master to make it from). */
export function planFigure(
  figure: Pick<FigureNode, 'size' | 'width' | 'height'>,
  n: number,
  slug: string,
  profile: Pick<PortalProfile, 'renditionWidths' | 'webp' | 'columnWidth'>,
): FigurePlan | null {
  if (!(figure.width >= 1 && figure.height >= 1)) return null;
  const make = (ext: string) =>
    renditionWidths(figure.width, profile.renditionWidths).map((width) => ({
      name: `${slug}-${n}-${width}.${ext}`,
      width,
      height: scaledHeight(width, figure.width, figure.height),
    }));
  const jpeg = make('jpg');
  const shown = displayWidth(figure, profile.columnWidth);
  const src = jpeg.find((r) => r.width >= shown) ?? jpeg[jpeg.length - 1];
  return {
    n,
    jpeg,
    webp: profile.webp ? make('webp') : [],
    src,
    display: { width: shown, height: scaledHeight(shown, figure.width, figure.height) },
    // Below its shown width the photo fills the screen's width (a phone); above, its own.
    sizes: `(max-width: ${shown}px) 100vw, ${shown}px`,
  };
}

/** The address of an image file for a base ("images/", "/PublishingImages/", "https://…/"). */
export function imageUrl(base: string, name: string): string {
  return base + name;
}

export function srcset(base: string, renditions: readonly Rendition[]): string {
  return renditions.map((r) => `${imageUrl(base, r.name)} ${r.width}w`).join(', ');
}

/** The main photo and the thumbnail of the article (made from its first photo). */
export function mainPhotoName(slug: string): string {
  return `${slug}-anh-chinh.jpg`;
}

export function thumbnailName(slug: string): string {
  return `${slug}-anh-thu-nho.jpg`;
}
