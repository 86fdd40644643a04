import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of ARCHITECTURE.md is enforced by eslint.config.js; these cases prove the rule bites.
const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
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
