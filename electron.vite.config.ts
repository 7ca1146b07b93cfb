import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The window's main process and the `soan-tin` command line (plain Node, bin/soan-tin.mjs).
      rollupOptions: { input: { index: resolve(root, 'electron/main.ts'), cli: resolve(root, 'electron/cli/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but 'electron': bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the page loads faster minified.
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
      assetsInlineLimit: 0,
    },
  },
});
