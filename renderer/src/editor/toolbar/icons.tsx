import type { JSX } from 'react';

/** Small inline glyphs for the toolbar (nothing is fetched: no icon font, no network). */
const base = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true } as const;

export const BulletListIcon = (): JSX.Element => (
  <svg {...base}>
    <circle cx="3" cy="4" r="1" fill="currentColor" stroke="none" />
    <circle cx="3" cy="8" r="1" fill="currentColor" stroke="none" />
    <circle cx="3" cy="12" r="1" fill="currentColor" stroke="none" />
    <path d="M6 4h8M6 8h8M6 12h8" />
  </svg>
);

export const NumberedListIcon = (): JSX.Element => (
  <svg {...base}>
    <text x="0.5" y="6" fontSize="5" fill="currentColor" stroke="none" fontFamily="sans-serif">1</text>
    <text x="0.5" y="13.5" fontSize="5" fill="currentColor" stroke="none" fontFamily="sans-serif">2</text>
    <path d="M6 4h8M6 11.5h8" />
  </svg>
);

export const LinkIcon = (): JSX.Element => (
  <svg {...base}>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8" />
    <path d="M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" />
  </svg>
);

export const TableIcon = (): JSX.Element => (
  <svg {...base}>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <path d="M2 6.5h12M2 9.8h12M6 3v10M10 3v10" />
  </svg>
);

export const UndoIcon = (): JSX.Element => (
  <svg {...base}>
    <path d="M5 3.5L2.5 6 5 8.5" />
    <path d="M2.5 6H10a3.5 3.5 0 010 7H7" />
  </svg>
);

export const RedoIcon = (): JSX.Element => (
  <svg {...base}>
    <path d="M11 3.5L13.5 6 11 8.5" />
    <path d="M13.5 6H6a3.5 3.5 0 000 7h3" />
  </svg>
);

export const PhotoIcon = (): JSX.Element => (
  <svg {...base}>
    <rect x="1.5" y="3" width="13" height="10" rx="1.5" />
    <circle cx="5.5" cy="6.5" r="1.2" />
    <path d="M2 12l4-3.5 3 2.5 2-1.5 3.5 2.5" />
  </svg>
);
