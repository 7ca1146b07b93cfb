// First import: the start-up request leaves before anything else is evaluated.
import { startupAnswer } from './app/startup-request';
import { typefacesLoaded } from './app/typefaces';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type StartupAnswer } from './app/App';
import { settle } from './bridge';
import './fonts';
import './styles/app.css';

/**
 * Long enough for a small draft and the typefaces to arrive (no flash of an empty page, no
 * second layout of the article), short enough to feel instant.
 */
const FIRST_PAINT_WAIT_MS = 250;

const startupRequest = settle(startupAnswer, 'getStartup');
let arrived: StartupAnswer | null = null;
const settled = startupRequest.then((answer) => {
  arrived = answer;
});

void Promise.race([Promise.all([settled, typefacesLoaded]), new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App startup={startupRequest} arrived={arrived} />
    </StrictMode>,
  );
});
