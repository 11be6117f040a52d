import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload are built for Electron; the renderer is a plain web bundle that the
// Electron window, the browser preview and the e2e tests all load from out/renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The dossier PDF renders in a worker thread (render-in-worker.ts looks for pdf-worker.js
      // next to the main bundle).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'pdf-worker': resolve(__dirname, 'electron/core/dossier/pdf/pdf-worker.ts'),
          // The import's PDQ worker threads (electron/core/pdq/pdq-pool.ts looks for it here).
          'pdq-worker': resolve(__dirname, 'electron/core/pdq/pdq-worker.ts'),
          // The video decoder's own process (electron/core/media/video-decoder.ts looks for it here).
          'video-decoder-host': resolve(__dirname, 'electron/core/media/video-decoder-host.cjs'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle everything into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
