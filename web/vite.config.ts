import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The workspace app, served by the Sunshine server under /app/ (build) or by Vite with hot reload
// (`npm run dev`), which forwards the API to the server on port 4000.
const api = { target: 'http://127.0.0.1:4000', changeOrigin: false };

export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': api, '/api': api, '/datasets': api, '/records': api },
  },
});
