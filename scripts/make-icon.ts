// Renders assets/icon.svg to assets/icon.png (1024×1024) with Chromium:  npm run icon
// electron-builder derives the .ico and .icns from that PNG when it packages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, browserForTests } from '../tests/chromium';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: browserForTests().executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: fileURLToPath(new URL('../assets/icon.png', import.meta.url)), omitBackground: true });
await browser.close();
console.log('assets/icon.png written');
