import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { triageFolder, triageTexts } from '../../../main/services/triage';
import { exampleFiles } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const checks = new CheckService(new CatalogService());
const tempDir = useTempDirs();

describe('triage', () => {
  it('lists every design file of a folder with readiness and decision; a broken file becomes a row that says why', async () => {
    const folder = tempDir();
    for (const file of exampleFiles()) copyFileSync(file, join(folder, basename(file)));
    writeFileSync(join(folder, 'broken.cbld'), '{"schemaVersion": 1, "title": ');
    writeFileSync(join(folder, 'notes.txt'), 'not a design');
    const rows = await triageFolder(folder, checks);
    expect(rows).toHaveLength(exampleFiles().length + 1);
    const broken = rows.find((row) => row.name === 'broken.cbld')!;
    expect(broken).toMatchObject({ ok: false });
    expect(!broken.ok && broken.problem).toMatch(/line 1/);
    for (const row of rows.filter((r) => r.ok))
      expect(row).toMatchObject({
        errors: 0,
        decision: 'draft',
        readiness: expect.any(Number),
        title: expect.any(String),
      });
  });

  it('reads uploaded texts the same way', () => {
    const rows = triageTexts(
      [
        { name: 'empty.cbld', text: '' },
        { name: 'a.cbld', text: JSON.stringify({ schemaVersion: 99 }) },
      ],
      checks,
    );
    expect(rows.map((row) => row.ok)).toEqual([false, false]);
    expect(rows[1]!.ok === false && rows[1]!.problem).toMatch(/newer version/);
  });

  it('reports a folder that cannot be read', async () => {
    await expect(triageFolder(join(tempDir(), 'missing'), checks)).rejects.toThrow(/missing/);
  });
});
