// Lint rules, including the layering of ../shared/ARCHITECTURE.md as import boundaries:
// shared/ is pure (no Node, DOM, Electron, React; nothing from main/ or renderer/),
// renderer/ never reaches into main/, and only main/electron/ may import `electron`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`)];
const electronImport = { name: 'electron', message: 'Only main/electron/ may import electron.' };
const nodeImportRules = nodeImports.map((name) => ({ name, message: 'This layer must run without Node.' }));

export const boundaryRules = {
  shared: {
    paths: [
      electronImport,
      ...nodeImportRules,
      { name: 'react', message: 'shared/ is UI-free domain code.' },
      { name: 'react-dom', message: 'shared/ is UI-free domain code.' },
    ],
    patterns: [
      { group: ['node:*'], message: 'shared/ must run without Node.' },
      { group: ['**/main/**', '**/main'], message: 'shared/ must not depend on main/.' },
      { group: ['**/renderer/**', '**/renderer'], message: 'shared/ must not depend on renderer/.' },
    ],
  },
  renderer: {
    paths: [electronImport, ...nodeImportRules],
    patterns: [
      { group: ['node:*'], message: 'The renderer runs in a browser page without Node.' },
      {
        group: ['**/main/**', '**/main'],
        message: 'The renderer talks to main/ only through the DesignerApi contract.',
      },
    ],
  },
  main: {
    paths: [electronImport],
    patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'main/ must not depend on renderer/.' }],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', boundaryRules.shared],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'navigator', 'process', 'Buffer', 'require', '__dirname'].map(
          (name) => ({ name, message: 'shared/ runs in any JavaScript engine: no DOM or Node globals.' }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', boundaryRules.renderer] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', boundaryRules.main] },
  },
);
