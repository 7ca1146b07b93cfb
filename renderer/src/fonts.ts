/**
 * The typefaces ship inside the app (nothing loads from the network): Noto Serif for the
 * article, Noto Sans for the interface, both with every Vietnamese letter.
 */
import './styles/fonts.css';
