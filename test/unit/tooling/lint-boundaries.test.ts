import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of docs/ARCHITECTURE.md is enforced by eslint.config.js; these cases prove the rules bite.
const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages
    .filter((m) =>
      ['no-restricted-imports', 'no-restricted-globals', 'layers/allowed-imports'].includes(m.ruleId ?? ''),
    )
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    [
      'shared/model/bad.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      /without Node/,
    ],
    ['shared/model/bad.ts', "import path from 'path';\nexport const x = path;\n", /without Node/],
    ['shared/model/bad.ts', "import { app } from 'electron';\nexport const x = app;\n", /main\/electron/],
    [
      'shared/checks/bad.ts',
      "import { x } from '../../main/services/library';\nexport const y = x;\n",
      /must not depend on main/,
    ],
    [
      'shared/checks/bad.ts',
      "import { x } from '../../renderer/store';\nexport const y = x;\n",
      /must not depend on renderer/,
    ],
    ['shared/checks/bad.ts', 'export const w = window.innerWidth;\n', /no DOM or Node globals/],
    ['renderer/app/bad.ts', "import { x } from '../../main/services/library';\nexport const y = x;\n", /DesignerApi/],
    [
      'renderer/app/bad.ts',
      "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n",
      /main\/electron/,
    ],
    ['main/services/bad.ts', "import { dialog } from 'electron';\nexport const y = dialog;\n", /main\/electron/],
  ])('rejects in %s: %s', async (file, code, message) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it.each([
    ['shared/model/ok.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    [
      'main/services/ok.ts',
      "import { readFileSync } from 'node:fs';\nimport { Design } from '../../shared/model';\nexport const x = [readFileSync, Design];\n",
    ],
    ['main/electron/ok.ts', "import { app } from 'electron';\nexport const y = app;\n"],
    ['renderer/app/ok.ts', "import { Design } from '../../shared/model';\nexport const y = Design;\n"],
  ])('allows in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

/** A planted import of `target` in `file` (a static import unless the code is given). */
const importing = (target: string) => `import { x } from '${target}';\nexport const y = x;\n`;

describe('layers as an allow-list per folder', () => {
  it.each([
    // The domain does not depend on the transport contract.
    ['shared/document/bad.ts', importing('../api'), /API contract/],
    ['shared/model/bad.ts', importing('../commands'), /API contract/],
    ['shared/model/bad.ts', importing('../../main/services/paths'), /must not depend on main/],
    ['shared/api.ts', importing('../main/api/handlers'), /must not depend on main/],
    // Services import no transport, no CLI and not the contract, whichever way they import.
    ['main/services/bad.ts', importing('../api/handlers'), /must not import a transport/],
    ['main/services/bad.ts', importing('../transport/headers'), /must not import a transport/],
    ['main/services/bad.ts', "export * from '../web/server';\n", /must not import a transport/],
    ['main/services/bad.ts', "export const m = () => import('../electron/menu');\n", /must not import a transport/],
    ['main/services/export/bad.ts', importing('../../cli/program'), /must not import a transport/],
    ['main/services/bad.ts', importing('../../shared/api'), /API contract/],
    // Transports and handlers.
    ['main/electron/bad.ts', importing('../web/server'), /must not import the HTTP one/],
    ['main/web/bad.ts', importing('../electron/menu'), /must not import the Electron one/],
    ['main/api/bad.ts', importing('../web/server'), /must not import one/],
    ['main/transport/bad.ts', importing('../electron/window'), /below them/],
    ['main/cli/bad.ts', importing('../electron/main'), /never loads Electron/],
    ['main/electron/bad.ts', importing('../../renderer/state/app-store'), /may import only/],
    // The renderer, layer by layer.
    ['renderer/steps/review/bad.tsx', importing('../../screens/design/TopBar'), /must not import screens/],
    ['renderer/state/bad.ts', importing('../components/Dialog'), /state sits below/],
    ['renderer/components/bad.tsx', importing('../steps/review/ReviewStep'), /components sit below/],
    ['renderer/api/bad.ts', importing('../state/app-store'), /renderer\/api implements it/],
    ['renderer/i18n/bad.ts', importing('../state/app-store'), /i18n uses nothing else/],
  ])('refuses in %s: %s', async (file, code, message) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it.each([
    ['shared/product.ts', "import { version } from '../package.json';\nexport const v = version;\n"],
    ['shared/api.ts', importing('./model')],
    ['main/web/ok.ts', importing('../transport/headers')],
    ['main/electron/ok.ts', importing('../api/handlers')],
    ['main/cli/ok.ts', importing('../web/server')],
    ['main/services/ok.ts', importing('../../shared/document')],
    ['renderer/steps/review/ok.tsx', importing('../../components/Dialog')],
    ['renderer/screens/design/ok.tsx', importing('../../steps/review/ReviewStep')],
    ['renderer/state/ok.ts', importing('../api')],
    ['renderer/ok.tsx', importing('./screens/start/StartScreen')],
  ])('allows in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('puts every folder of main/ and renderer/ in a layer of its own', async () => {
    const folders = ['main', 'renderer'].flatMap((top) =>
      readdirSync(join(root, top), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'locales' && entry.name !== 'styles')
        .map((entry) => `${top}/${entry.name}`),
    );
    expect(folders.length).toBeGreaterThan(10);
    const layerOf = async (folder: string) => {
      const config = await eslint.calculateConfigForFile(join(root, folder, 'any.ts'));
      return (config.rules['layers/allowed-imports'] as [unknown, { name: string }] | undefined)?.[1].name;
    };
    // The catch-alls 'main/' and 'renderer/' say nothing about what a folder may import.
    const unlisted = [];
    for (const folder of folders)
      if (['main/', 'renderer/', undefined].includes(await layerOf(folder))) unlisted.push(folder);
    expect(unlisted).toEqual([]);
  });
});
