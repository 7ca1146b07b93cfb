import { useEffect, useRef, useState, type JSX, type KeyboardEvent, type PointerEvent } from 'react';
import type { MediaItem, PhotoCrop } from '../../../shared/article/article-schema';
import {
  fitAspect,
  moveCrop,
  resizeCropFromCorner,
  scaleCrop,
  type CropFractions,
  type FrameBounds,
  type Size,
} from '../../../shared/article/photo-crop';
import { DEFAULT_PORTAL_PROFILE } from '../../../shared/export/portal-profile';
import { call, isAppError } from '../bridge';
import { useMessages } from '../i18n';

/** Arrow keys move the frame by this much of the photo; with Shift, by the bigger step. */
const STEP = 0.01;
const BIG_STEP = 0.1;
/** + and − scale the frame by this factor. */
const SCALE_STEP = 1.1;

interface Guess {
  hash: string;
  crop: CropFractions;
  thumbnail: Size;
}

/** The main process's first guess (sharp's attention crop) for a photo; a centred frame if it cannot be had. */
function useGuess(photo: MediaItem): Guess | null {
  const [guess, setGuess] = useState<Guess | null>(null);
  useEffect(() => {
    let live = true;
    void call('guessPhotoCrop', { hash: photo.hash }).then((answer) => {
      if (!live) return;
      if (isAppError(answer)) {
        const thumbnail = DEFAULT_PORTAL_PROFILE.thumbnail;
        setGuess({ hash: photo.hash, crop: fitAspect(photo.width, photo.height, thumbnail.width, thumbnail.height), thumbnail });
      } else {
        setGuess({ hash: photo.hash, ...answer });
      }
    });
    return () => {
      live = false;
    };
  }, [photo.hash, photo.width, photo.height]);
  return guess?.hash === photo.hash ? guess : null;
}

const percent = (fraction: number) => `${fraction * 100}%`;

interface Drag {
  mode: 'move' | 'resize';
  pointerX: number;
  pointerY: number;
  start: CropFractions;
  /** The photo on screen, in CSS pixels. */
  stage: DOMRect;
}

/**
 * Under the main photo in the Ảnh tab: the photo with the thumbnail's frame over it (the rest
 * dimmed), moved by dragging inside it, resized keeping the thumbnail's aspect by its corner
 * handle, never leaving the photo; arrow keys, Shift+arrows and +/− do the same from the
 * keyboard. Beside it, the thumbnail as the portal's list pages show it. The frame starts where
 * sharp's attention crop puts it; Đặt lại goes back there (the draft then stores no frame).
 */
export function ThumbnailCrop({ photo, onChange }: { photo: MediaItem; onChange: (crop: PhotoCrop | null) => void }): JSX.Element {
  const { ui } = useMessages();
  const guess = useGuess(photo);
  const [dragged, setDragged] = useState<CropFractions | null>(null);
  const drag = useRef<Drag | null>(null);
  const stageRef = useRef<HTMLDivElement>(null);

  const thumbnail = guess?.thumbnail ?? DEFAULT_PORTAL_PROFILE.thumbnail;
  const bounds: FrameBounds = {
    photo: { width: photo.width, height: photo.height },
    aspect: thumbnail.width / thumbnail.height,
    // Down to half the thumbnail's own pixels: smaller would show a blur on the portal.
    minWidth: Math.max(0.05, Math.min(1, thumbnail.width / (2 * photo.width))),
  };
  const frame = dragged ?? photo.crop ?? guess?.crop ?? null;

  const commit = (next: CropFractions) => {
    if (JSON.stringify(next) !== JSON.stringify(frame)) onChange(next);
  };

  const startDrag = (mode: Drag['mode']) => (event: PointerEvent<HTMLElement>) => {
    if (!frame || !stageRef.current || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    drag.current = { mode, pointerX: event.clientX, pointerY: event.clientY, start: frame, stage: stageRef.current.getBoundingClientRect() };
    event.currentTarget.setPointerCapture(event.pointerId);
    (event.currentTarget.closest('[data-crop-frame]') as HTMLElement | null)?.focus({ preventScroll: true });
    setDragged(frame);
  };

  const moveDrag = (event: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = (event.clientX - d.pointerX) / d.stage.width;
    const dy = (event.clientY - d.pointerY) / d.stage.height;
    if (d.mode === 'move') {
      setDragged(moveCrop(d.start, dx, dy));
    } else {
      // The corner follows whichever way the pointer went further, at the thumbnail's aspect.
      const byWidth = d.start.width + dx;
      const byHeight = ((d.start.height + dy) * bounds.aspect * photo.height) / photo.width;
      const width = Math.abs(byWidth - d.start.width) >= Math.abs(byHeight - d.start.width) ? byWidth : byHeight;
      setDragged(resizeCropFromCorner(d.start, width, bounds));
    }
  };

  const endDrag = () => {
    const d = drag.current;
    drag.current = null;
    if (d && dragged && JSON.stringify(dragged) !== JSON.stringify(d.start)) onChange(dragged);
    setDragged(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!frame) return;
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key]) {
      event.preventDefault();
      commit(moveCrop(frame, moves[event.key][0], moves[event.key][1]));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      commit(scaleCrop(frame, SCALE_STEP, bounds));
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      commit(scaleCrop(frame, 1 / SCALE_STEP, bounds));
    }
  };

  const src = `media/${photo.hash}.jpg`;
  return (
    <div className="photo-crop" data-testid="photo-crop">
      <p className="photo-crop-title">{ui.cropTitle}</p>
      <div className="photo-crop-stage" ref={stageRef} data-testid="crop-stage">
        <img src={src} alt="" width={photo.width} height={photo.height} draggable={false} />
        {frame && (
          <div
            className={`photo-crop-frame${dragged ? ' is-dragging' : ''}`}
            data-crop-frame=""
            data-testid="crop-frame"
            role="group"
            tabIndex={0}
            aria-label={ui.cropFrameLabel}
            title={ui.cropHint}
            style={{ left: percent(frame.x), top: percent(frame.y), width: percent(frame.width), height: percent(frame.height) }}
            onPointerDown={startDrag('move')}
            onPointerMove={moveDrag}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
            onKeyDown={onKeyDown}
          >
            <span
              className="photo-crop-handle"
              data-testid="crop-handle"
              aria-label={ui.cropHandleLabel}
              title={ui.cropHandleLabel}
              onPointerDown={startDrag('resize')}
              onPointerMove={moveDrag}
              onPointerUp={endDrag}
              onPointerCancel={endDrag}
            />
          </div>
        )}
      </div>
      <div className="photo-crop-row">
        <div
          className="photo-crop-preview"
          data-testid="crop-preview"
          role="img"
          aria-label={ui.cropPreview}
          title={ui.cropPreview}
          style={{ aspectRatio: `${thumbnail.width} / ${thumbnail.height}` }}
        >
          {/* Loaded with the photo above, shown once there is a frame. */}
          <img
            src={src}
            alt=""
            draggable={false}
            style={
              frame
                ? {
                    width: percent(1 / frame.width),
                    height: percent(1 / frame.height),
                    left: percent(-frame.x / frame.width),
                    top: percent(-frame.y / frame.height),
                  }
                : { visibility: 'hidden' }
            }
          />
        </div>
        <div className="photo-crop-facts">
          <span className="photo-crop-state" data-testid="crop-state">
            {!guess && !photo.crop ? ui.cropGuessing : photo.crop ? ui.cropManual : ui.cropAuto}
          </span>
          <span className="photo-crop-size">
            {thumbnail.width} × {thumbnail.height}
          </span>
          <button type="button" className="photo-crop-reset" title={ui.cropResetHint} disabled={!photo.crop} onClick={() => onChange(null)}>
            {ui.cropReset}
          </button>
        </div>
      </div>
    </div>
  );
}
