import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Keys that move through a closed list box; Chromium changes its value on each of them. */
const MOVING_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * The block-type list chooses only when asked: the arrow keys move through it (the value shown
 * changes, the body does not), Enter applies the one shown, Escape or leaving puts it back.
 * A choice with the mouse, or by typing a letter in the open list, applies at once.
 */
export function useBlockChoice<T extends string>(shown: T, apply: (value: T) => void) {
  const [pending, setPending] = useState<T | null>(null);
  const moving = useRef(false);
  return {
    value: pending ?? shown,
    onKeyDown: (e: KeyboardEvent<HTMLSelectElement>) => {
      if (MOVING_KEYS.has(e.key) && !e.altKey) moving.current = true;
      else if (e.key === 'Enter' && pending !== null) {
        e.preventDefault();
        setPending(null);
        apply(pending);
      } else if (e.key === 'Escape' && pending !== null) {
        e.preventDefault();
        setPending(null);
      }
    },
    onChange: (e: ChangeEvent<HTMLSelectElement>) => {
      const value = e.target.value as T;
      if (moving.current) {
        moving.current = false;
        setPending(value === shown ? null : value);
        return;
      }
      setPending(null);
      apply(value);
    },
    // The move is over once its key is up, or the mouse takes over.
    onKeyUp: () => {
      moving.current = false;
    },
    onMouseDown: () => {
      moving.current = false;
    },
    onBlur: () => {
      moving.current = false;
      setPending(null);
    },
  };
}
