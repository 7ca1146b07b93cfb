/**
 * The typefaces ship inside the app (nothing loads from the network): Noto Serif for the
 * article, Noto Sans for the interface, both with every Vietnamese letter.
 */
import './styles/fonts.css';

export const ARTICLE_FONT = "'Noto Serif', Georgia, serif";
export const UI_FONT = "'Noto Sans', system-ui, sans-serif";
