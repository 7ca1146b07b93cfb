import sharp from 'sharp';

/**
 * One libvips thread per photo. sharp has no per-call thread limit: `sharp.concurrency()` is
 * the one knob, and it is process-wide. We set it to 1 because JPEG decoding (most of an
 * import) is single-threaded anyway, so extra threads per photo buy little and fight the
 * batch, which runs photos side by side instead (cores − 1 at a time). sharp already
 * defaults to 1 on Linux with glibc; on Windows and macOS its default is the core count.
 * Everything else in the main process that uses sharp (export renditions) runs per photo
 * in parallel too, so the setting suits it as well.
 */
let done = false;

export function useOneThreadPerPhoto(): void {
  if (done) return;
  sharp.concurrency(1);
  done = true;
}
