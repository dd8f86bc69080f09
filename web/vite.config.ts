import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run dev` serves the app with hot reload and sends /api/ to the running platform's proxy
// (deploy/sparknet up), so the browser sees the same paths as in production.
const apiTarget = process.env.SPARKNET_API_TARGET ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
  // MapLibre with the bundled world outlines is one large chunk, loaded only by the map pages.
  build: { sourcemap: true, chunkSizeWarningLimit: 2000 },
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] },
});
