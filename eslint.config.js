// Lint rules, including the layering of docs/ARCHITECTURE.md as an allow-list per folder:
// LAYERS says what each folder may import (the `layers/allowed-imports` rule below resolves every
// relative import and refuses any outside that list), and boundaryRules keeps packages out of the
// layers that must run without them (Node, Electron, React).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`)];
const electronImport = { name: 'electron', message: 'Only main/electron/ may import electron.' };
const nodeImportRules = nodeImports.map((name) => ({ name, message: 'This layer must run without Node.' }));

/** The API contract and what the desktop shell and the page share: shared/, but above the domain. */
const CONTRACT = ['shared/api.ts', 'shared/api-methods.ts', 'shared/shell.ts', 'shared/commands.ts'];
const contract = CONTRACT.map((file) => file.replace(/\.ts$/, ''));
const domain = { folder: 'shared/', except: contract };
const renderer = (...folders) => folders.map((folder) => `renderer/${folder}/`);

/**
 * What each folder may import (paths from the repository root; "x/" is a folder, anything else a
 * file without its extension). Later entries win over earlier ones for the same file, so a folder
 * not listed falls under main/ or renderer/; test/unit/tooling/lint-boundaries.test.ts asks for
 * every top-level folder of main/ and renderer/ to be listed.
 */
export const LAYERS = [
  // Anything of main/ or renderer/ not listed below (the more specific entries follow and win).
  {
    name: 'main/',
    files: ['main/**/*.ts'],
    may: ['shared/', 'main/'],
    why: 'main/ must not depend on renderer/.',
  },
  {
    name: 'renderer/',
    files: ['renderer/**/*.{ts,tsx}'],
    may: ['shared/', 'renderer/'],
    why: 'The renderer talks to main/ only through the DesignerApi contract.',
  },
  {
    name: 'shared/ (the domain)',
    files: ['shared/**/*.ts'],
    ignores: CONTRACT,
    may: [domain, 'package.json'],
    why: 'shared/ must not depend on main/ and must not depend on renderer/ or on the API contract: it is the pure domain every layer uses.',
  },
  {
    name: 'the contract (shared/api.ts, api-methods, shell, commands)',
    files: CONTRACT,
    may: ['shared/'],
    why: 'The contract builds on the domain only; shared/ must not depend on main/ or renderer/.',
  },
  {
    name: 'main/services',
    files: ['main/services/**/*.ts'],
    may: [domain, 'main/services/'],
    why: 'Services are plain Node over the domain: they must not import a transport (main/api, main/web, main/electron, main/transport), the CLI or the API contract.',
  },
  {
    name: 'main/transport',
    files: ['main/transport/**/*.ts'],
    may: ['shared/', 'main/services/', 'main/transport/'],
    why: 'What both transports share sits below them: it must not import main/web, main/electron or main/api.',
  },
  {
    name: 'main/api',
    files: ['main/api/**/*.ts'],
    may: ['shared/', 'main/services/', 'main/api/'],
    why: 'The handlers serve every transport: they must not import one.',
  },
  {
    name: 'main/web',
    files: ['main/web/**/*.ts'],
    may: ['shared/', 'main/services/', 'main/api/', 'main/transport/', 'main/web/'],
    why: 'The HTTP transport must not import the Electron one: share through main/transport.',
  },
  {
    name: 'main/electron',
    files: ['main/electron/**/*.ts'],
    may: ['shared/', 'main/services/', 'main/api/', 'main/transport/', 'main/electron/'],
    why: 'The Electron transport must not import the HTTP one: share through main/transport.',
  },
  {
    name: 'main/cli',
    files: ['main/cli/**/*.ts', 'main/cli.ts'],
    may: ['shared/', 'main/services/', 'main/api/', 'main/web/', 'main/cli/', 'main/cli'],
    why: 'The CLI runs services and may start the HTTP server; it never loads Electron.',
  },
  {
    name: 'renderer/i18n',
    files: ['renderer/i18n/**/*.{ts,tsx}'],
    may: ['shared/', ...renderer('i18n')],
    why: 'The renderer talks to main/ only through the DesignerApi contract; i18n uses nothing else of the page.',
  },
  {
    name: 'renderer/api',
    files: ['renderer/api/**/*.{ts,tsx}'],
    may: ['shared/', ...renderer('api')],
    why: 'The renderer talks to main/ only through the DesignerApi contract (renderer/api implements it).',
  },
  {
    name: 'renderer/state',
    files: ['renderer/state/**/*.{ts,tsx}'],
    may: ['shared/', ...renderer('api', 'i18n', 'state')],
    why: 'The renderer talks to main/ only through the DesignerApi contract; state sits below components, steps and screens.',
  },
  {
    name: 'renderer/components',
    files: ['renderer/components/**/*.{ts,tsx}'],
    may: ['shared/', ...renderer('api', 'i18n', 'state', 'components')],
    why: 'The renderer talks to main/ only through the DesignerApi contract; components sit below steps and screens.',
  },
  {
    name: 'renderer/steps',
    files: ['renderer/steps/**/*.{ts,tsx}'],
    may: ['shared/', ...renderer('api', 'i18n', 'state', 'components', 'steps')],
    why: 'The renderer talks to main/ only through the DesignerApi contract; steps must not import screens/ (screens import steps): move what both use to components/ or state/.',
  },
  {
    name: 'renderer/screens',
    files: ['renderer/screens/**/*.{ts,tsx}'],
    may: ['shared/', ...renderer('api', 'i18n', 'state', 'components', 'steps', 'screens')],
    why: 'The renderer talks to main/ only through the DesignerApi contract.',
  },
];

/** Does a repository path (without extension) fall under an allow-list entry? */
function allowedBy(target, entry) {
  if (typeof entry === 'object')
    return allowedBy(target, entry.folder) && !entry.except.some((except) => allowedBy(target, except));
  // A folder is also its index module ("../api" is renderer/api/index.ts).
  return entry.endsWith('/')
    ? target.startsWith(entry) || target === entry.slice(0, -1)
    : target === entry || target.startsWith(`${entry}/`);
}
const describeEntry = (entry) =>
  typeof entry === 'object' ? `${entry.folder} (not ${entry.except.join(', ')})` : entry;

/** Resolves every relative import (static, re-export, dynamic) and refuses those outside the layer's list. */
const allowedImports = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { outside: '{{name}} may import only {{may}}; {{target}} is outside that. {{why}}' },
  },
  create(context) {
    const layer = context.options[0];
    const root = context.cwd;
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const absolute = resolve(dirname(context.filename), source.value);
      const target = relative(root, absolute)
        .split('\\')
        .join('/')
        .replace(/\.(tsx?|jsx?|mjs)$/, '');
      if (layer.may.some((entry) => allowedBy(target, entry))) return;
      context.report({
        node,
        messageId: 'outside',
        data: { name: layer.name, may: layer.may.map(describeEntry).join(', '), target: target || '.', why: layer.why },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};
const layersPlugin = { rules: { 'allowed-imports': allowedImports } };

export const boundaryRules = {
  shared: {
    paths: [
      electronImport,
      ...nodeImportRules,
      { name: 'react', message: 'shared/ is UI-free domain code.' },
      { name: 'react-dom', message: 'shared/ is UI-free domain code.' },
    ],
    patterns: [{ group: ['node:*'], message: 'shared/ must run without Node.' }],
  },
  renderer: {
    paths: [electronImport, ...nodeImportRules],
    patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser page without Node.' }],
  },
  main: { paths: [electronImport] },
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
  ...LAYERS.map((layer) => ({
    files: layer.files,
    ...(layer.ignores ? { ignores: layer.ignores } : {}),
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': ['error', layer] },
  })),
);
