/**
 * Runs `fn` once the next frame has been painted (a frame callback, then a task), so work
 * that can wait never delays the frame that shows what the officer typed. Returns a cancel.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
