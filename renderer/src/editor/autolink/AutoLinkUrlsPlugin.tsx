import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import type { JSX } from 'react';
import { findLink } from './link-matchers';

const MATCHERS = [findLink];

/** Addresses typed or pasted into the body become links (only those safe-href accepts), as in Word. */
export function AutoLinkUrlsPlugin(): JSX.Element | null {
  return <AutoLinkPlugin matchers={MATCHERS} />;
}
