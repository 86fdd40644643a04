import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app:// (Electron) or the loopback server, so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome120' },
});
