import { useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../schedule/after-paint';

/**
 * The editor's start-up order, made explicit: what the first editable frame needs (the body,
 * its content transforms, undo, the typing shortcuts) mounts at once; what only a later action
 * needs (paste, the link editor and hints, drop and paste of photos, table Tab, Escape) mounts
 * after that frame is painted, so it never delays the moment the officer can type.
 *
 * Only plugins that register commands and DOM listeners belong here: a node transform
 * registered later would revisit the whole body after it loaded, which is not an edit but
 * would look like one.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }): ReactNode {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted ? children : null;
}
