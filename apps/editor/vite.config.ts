import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleSizeBudget } from './build/bundle-size-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const AGENT_INITIAL_JS_BUDGET = 200 * 1024;

// Tiptap and ProseMirror are only reachable from lazy author routes; grouping them keeps them
// out of the chunk the agent search page loads.
const EDITOR_LIBS = /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname|@floating-ui)[\\/]/;
// The @bsc/domain barrel also exports server-side helpers (the German stemmer is CommonJS and
// cannot be tree-shaken on its own); declaring it free of side effects lets unused parts drop.
const SIDE_EFFECT_FREE = /node_modules[\\/]snowball-stemmers[\\/]/;
const FRAMEWORK_LIBS = /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/;

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), bundleSizeBudget(AGENT_INITIAL_JS_BUDGET)],
  resolve: {
    alias: { '@bsc/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id) => !SIDE_EFFECT_FREE.test(id) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: FRAMEWORK_LIBS, priority: 2 },
            { name: 'editor-libs', test: EDITOR_LIBS, priority: 1 },
          ],
        },
      },
    },
  },
});
