/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { nxCopyAssetsPlugin } from '@nx/vite/plugins/nx-copy-assets.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    // The NestJS API (apps/api) listens on 3000; cookies stay same-origin through the proxy.
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  plugins: [react(), nxViteTsPaths(), nxCopyAssetsPlugin(['*.md'])],
  build: {
    // Served by the API on port 3000 (apps/api/src/web-app/serve-web-app.ts).
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
    rolldownOptions: {
      treeshake: {
        // libs/domain is pure (types, constants, functions; nothing runs on import), but its
        // top-level tables (the AP form, labels) look like side effects to the bundler, which then
        // kept all of them in the initial bundle through the barrel. Issue #19: bundle ≤ 250 KB gzip.
        moduleSideEffects: (id: string) => (/[\\/]libs[\\/]domain[\\/]src[\\/]/.test(id) ? false : undefined),
      },
    },
  },
}));
