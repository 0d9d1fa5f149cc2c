// Flat ESLint config: TypeScript rules for every package; no type-aware rules (fast on 2 cores).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const SPECS = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', '**/*.browser-spec.ts'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'coverage/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Production code of the Nx projects (tags in each project's package.json / project.json). The
    // test harness is a project of its own (apps/api/testing, type:test-harness): production code
    // importing it, another app, or a file outside every project (tools/) fails here. Specs and the
    // harness itself may reach across (they test the apps), so they are not checked.
    files: ['apps/*/src/**/*.ts', 'apps/*/src/**/*.tsx', 'libs/*/src/**/*.ts'],
    ignores: SPECS,
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The migrations (migrations/, no project: the API build compiles them) are the API's.
          allow: ['../../../../migrations'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:editor', onlyDependOnLibsWithTags: ['scope:editor', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // kb is built into the image (apps/api/tsconfig.app.json) but lives in tools/, which is no
    // production project: it must not reach the stack launcher, the harness or the other dev tools.
    files: ['tools/kb/**/*.ts'],
    ignores: SPECS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Anything of tools/ outside kb (one level up, not two: ../../apps/api/src is the API), any harness.
              regex: '^\\.\\./(?!\\.\\./)|/testing/',
              message:
                'kb ships in the image: development tools and the test harness are not there (tools/tsconfig.dev-tools.json builds them).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
