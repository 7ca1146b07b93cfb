/**
 * Pictures a paste can bring into the body as figures: Word's (file:// URLs to its clipboard
 * folder, which only the main process may read, and only there) and pictures carried in the
 * HTML itself (data: PNG or JPEG). Pictures on the web (http) stay out: the officer's photos
 * come from the camera, and the app works offline.
 *
 * While the page is rebuilt (clean-html.ts) each such picture leaves a marker where it stood;
 * `liftPictureMarkers` then moves every marker to the top level, splitting the paragraph it was
 * in, because a figure is a block of its own (as CKEditor 5 and Word's own web view place an
 * inline picture: between the two halves of its paragraph).
 */
export interface PastedPicture {
  /** file:///…/msohtmlclip1/01/clip_image001.jpg or data:image/png;base64,… */
  src: string;
  /** The picture's description in Word (alt, or the VML shape's o:title), else ''. */
  alt: string;
}

export const PICTURE_MARKER = 'st-picture';
const MARKER_INDEX = 'data-index';

const TAKEN_SOURCE = /^(?:file:|data:image\/(?:png|jpeg);base64,)/i;

export function isTakenPictureSource(src: string): boolean {
  return TAKEN_SOURCE.test(src.trim());
}

/**
 * Records a picture element of the pasted page and leaves its marker in `parent`; false when it
 * is not a picture we take (the caller drops and counts it as before). The same source twice is
 * Word's VML shape and its plain <img> fallback: one picture.
 */
export function takePicture(el: Element, parent: Element, out: Document, pictures: PastedPicture[]): boolean {
  const src = (el.getAttribute('src') ?? '').trim();
  if (!isTakenPictureSource(src)) return false;
  if (pictures.some((p) => p.src === src)) return true;
  const alt = (el.getAttribute('alt') ?? el.getAttribute('o:title') ?? el.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim().normalize('NFC').slice(0, 1000);
  const marker = out.createElement(PICTURE_MARKER);
  marker.setAttribute(MARKER_INDEX, String(pictures.length));
  pictures.push({ src, alt });
  parent.appendChild(marker);
  return true;
}

/** Word's VML shape holding a picture (no text box): its pictures are taken; false to drop it. */
export function takeShapePictures(el: Element, tag: string, parent: Element, out: Document, pictures: PastedPicture[]): boolean {
  if (tag === 'v:imagedata') return takePicture(el, parent, out, pictures);
  if (tag !== 'v:shape' || el.getElementsByTagName('v:textbox').length > 0) return false;
  const images = Array.from(el.getElementsByTagName('v:imagedata'));
  if (images.length === 0 || !images.every((image) => isTakenPictureSource(image.getAttribute('src') ?? ''))) return false;
  for (const image of images) {
    if (!image.getAttribute('o:title') && el.getAttribute('alt')) image.setAttribute('alt', el.getAttribute('alt')!);
    takePicture(image, parent, out, pictures);
  }
  return true;
}

/** Blocks a marker is not split out of: it goes after the whole list or table. */
const KEEP_WHOLE = new Set(['ul', 'ol', 'table']);

/** Every marker to the top level of `body`, in place; empty halves of split blocks removed. */
export function liftPictureMarkers(body: Element): void {
  for (const marker of Array.from(body.getElementsByTagName(PICTURE_MARKER))) {
    const whole = outermost(marker, body, (el) => KEEP_WHOLE.has(el.nodeName.toLowerCase()));
    whole?.after(marker);
    while (marker.parentElement && marker.parentElement !== body) {
      const parent = marker.parentElement;
      const after = parent.cloneNode(false) as Element;
      while (marker.nextSibling) after.appendChild(marker.nextSibling);
      parent.after(marker);
      marker.after(after);
      for (const half of [parent, after]) if (isEmpty(half)) half.remove();
    }
  }
}

function outermost(el: Element, body: Element, match: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  for (let e = el.parentElement; e && e !== body; e = e.parentElement) if (match(e)) found = e;
  return found;
}

function isEmpty(el: Element): boolean {
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, '') === '' && el.getElementsByTagName(PICTURE_MARKER).length === 0;
}

/** The index of a marker element, or null for any other node. */
export function markerIndex(node: Node): number | null {
  if (node.nodeType !== 1 || node.nodeName.toLowerCase() !== PICTURE_MARKER) return null;
  const index = Number((node as Element).getAttribute(MARKER_INDEX));
  return Number.isInteger(index) ? index : null;
}
