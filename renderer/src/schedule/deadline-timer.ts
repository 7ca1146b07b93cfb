/**
 * A timer for a deadline that keeps moving later, such as "two seconds after typing pauses":
 * `touch()` arms a timer only when none is pending, and a timer that fires before the current
 * deadline waits for the rest. A keystroke then costs a clock read, not a timer cancelled and
 * another set. `deadline()` returns null when nothing is due any more.
 */
export interface DeadlineTimer {
  touch(): void;
  cancel(): void;
}

/** Deadlines are on `now`'s clock: by default the monotonic one, which a change of the system time does not move. */
export function createDeadlineTimer(deadline: () => number | null, run: () => void, now: () => number = () => performance.now()): DeadlineTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (at: number) => {
    timer = setTimeout(fire, Math.max(0, at - now()));
  };
  const fire = () => {
    timer = undefined;
    const at = deadline();
    if (at === null) return;
    if (at > now()) arm(at);
    else run();
  };
  return {
    touch() {
      if (timer !== undefined) return;
      const at = deadline();
      if (at !== null) arm(at);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
