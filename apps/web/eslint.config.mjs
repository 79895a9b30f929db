import { readdirSync } from 'node:fs';
import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

// The web app's layers (see docs/architecture.md): a feature imports only itself and the layers
// below it (shared/, api/, i18n/, theme/, testing/); what composes several features lives in app/.
// One zone per feature, generated from the directory listing so that a new feature is covered.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import one another: move what both use to src/shared/, or compose them in src/app/.',
  })),
  { target: './src/features', from: './src/app', message: 'Features do not import the app layer.' },
  {
    target: ['./src/shared', './src/api', './src/i18n', './src/theme'],
    from: ['./src/features', './src/app'],
    message: 'shared/, api/, i18n/ and theme/ are used by features and the app; they import neither.',
  },
];

export default [
  ...nx.configs['flat/react'],
  ...baseConfig,
  {
    // eslint-plugin-import is registered by nx's flat/react config above
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    settings: {
      // the rule compares resolved files: without the TypeScript extensions nothing resolves and it never fires
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json'] } },
    },
    rules: {
      'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: boundaries }],
    },
  },
];
