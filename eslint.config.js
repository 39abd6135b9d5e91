// One lint config for the whole monorepo. Type-aware rules need each
// package's tsconfig.json to include every file that is linted.
import js from '@eslint/js';
import globals from 'globals';
import {
  createTypeScriptImportResolver,
  defaultConditionNames,
} from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const workspaceTsconfigs = [
  'packages/*/tsconfig.json',
  'apps/*/tsconfig.json',
  'tests/tsconfig.json',
].map((glob) => `${import.meta.dirname}/${glob}`);

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-single/**',
      '**/storybook-static/**',
      '**/playwright-report/**',
      '**/test-results/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/api-docs/**',
      // A stranger's project, type-checked against the packed tarballs by
      // tests/packaging/oldest-typescript.spec.ts; here it would read a dist
      // that lint does not wait for.
      'tests/packaging/consumer/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Package boundaries: a package reaches another one by its name and its
    // `exports` map only, and no module imports itself back through a loop.
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts files when it follows imports.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: workspaceTsconfigs,
          noWarnOnMultipleProjects: true,
          // Like TypeScript and Vite here: workspace packages resolve to src/.
          conditionNames: ['@e2ee-kit/source', ...defaultConditionNames],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Resolves each relative import and fails if it lands in another workspace.
      'import-x/no-relative-packages': 'error',
      // The same by name, for paths the resolver cannot follow (a missing file).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/packages/**', '**/apps/**', '**/tests/**'],
              message: 'Import another workspace by its package name, not by a relative path.',
            },
            {
              group: ['@e2ee-kit/*/src/**', '@e2ee-kit/*/dist/**'],
              message: 'Import a workspace package through its `exports` map, not its folders.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
