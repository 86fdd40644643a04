import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDesignFile, serialiseDesign, writeDesignFile } from '../../../main/services/files/design-file';
import { triageFolder } from '../../../main/services/triage';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const TEN_MINUTES_AGO = (Date.now() - 10 * 60 * 1000) / 1000;

describe('temp files of interrupted writes', () => {
  const tempDir = useTempDirs();

  /** A folder as a crash mid-save leaves it, with look-alikes that must survive. */
  function folderAfterACrash() {
    const folder = tempDir();
    const design = serialiseDesign(sampleDesign());
    const put = (name: string, content: string, old = true) => {
      writeFileSync(join(folder, name), content);
      if (old) utimesSync(join(folder, name), TEN_MINUTES_AGO, TEN_MINUTES_AGO);
    };
    put('design.cbld', design);
    // write-file-atomic names its temp file <file>.<uint32>: these were cut short by a crash.
    put('design.cbld.3735928559', design.slice(0, 300));
    put('design.cbld.42', '');
    put('Other.CBLD', design);
    put('Other.CBLD.1234567', design.slice(0, 10));
    // Look-alikes: never removed.
    const kept = {
      'design.cbld.2024': design, // a complete copy: a user's own backup
      'design.cbld.777': design.slice(0, 50), // too young: another program may be writing it
      'lonely.cbld.123456789': design.slice(0, 50), // no design file next to it
      'design.cbld.bak': 'x',
      'design.cbld.12a': 'x',
      'design.cbld.99999999999': 'x', // more than a uint32
      'design.cbld.1.2': 'x',
      'notes.txt.123456': 'x',
    };
    for (const [name, content] of Object.entries(kept)) put(name, content, name !== 'design.cbld.777');
    mkdirSync(join(folder, 'design.cbld.31337'));
    return { folder, kept: [...Object.keys(kept), 'design.cbld.31337', 'design.cbld', 'Other.CBLD'] };
  }

  it('are removed at the next save into their folder; look-alikes stay', async () => {
    const { folder, kept } = folderAfterACrash();
    await writeDesignFile(join(folder, 'new.cbld'), sampleDesign());
    expect(readdirSync(folder).sort()).toEqual([...kept, 'new.cbld'].sort());
  });

  it('are never touched by reading (open, validate, triage)', async () => {
    const { folder } = folderAfterACrash();
    const before = readdirSync(folder).sort();
    readDesignFile(join(folder, 'design.cbld'));
    await triageFolder(folder, new CheckService(new CatalogService()));
    expect(readdirSync(folder).sort()).toEqual(before);
  });
});
