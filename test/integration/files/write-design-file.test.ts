import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDesignFile, serialiseDesign, writeDesignFile } from '../../../main/services/files/design-file';
import { sampleDesign } from '../../helpers/designs';
import { canMount, fillDisk, mountTinyDisk } from '../../helpers/mounts';
import { useTempDirs } from '../../helpers/temp';

describe('writing design files', () => {
  const tempDir = useTempDirs();

  it('round-trips a design with odd Unicode unchanged', async () => {
    const design = sampleDesign();
    design.title = 'Κλιματική αλλαγή · Schimbări în București · تغير المناخ · 🌍 <&> "quoted"';
    const file = join(tempDir(), 'round trip é.cbld');
    await writeDesignFile(file, design);
    expect(readDesignFile(file).design).toEqual(design);
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('replaces an existing design file and leaves no temp file behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'design.cbld');
    await writeDesignFile(file, sampleDesign());
    const changed = { ...sampleDesign(), title: 'Changed' };
    await writeDesignFile(file, changed);
    expect(readDesignFile(file).design.title).toBe('Changed');
    expect(readdirSync(dir)).toEqual(['design.cbld']);
  });

  it('never overwrites a file that is not a valid design', async () => {
    const file = join(tempDir(), 'notes.cbld');
    writeFileSync(file, 'my only copy of the workshop notes');
    await expect(writeDesignFile(file, sampleDesign())).rejects.toThrow(
      /not a valid design file, so it was not overwritten/,
    );
    expect(readFileSync(file, 'utf8')).toBe('my only copy of the workshop notes');
  });

  it('never overwrites a file from a newer version, even when asked to replace non-designs', async () => {
    const file = join(tempDir(), 'future.cbld');
    const future = JSON.stringify({ ...sampleDesign(), schemaVersion: 9 });
    writeFileSync(file, future);
    await expect(writeDesignFile(file, sampleDesign(), { replaceNonDesign: true })).rejects.toThrow(/newer version/);
    expect(readFileSync(file, 'utf8')).toBe(future);
  });

  it('replaces a non-design file only when the user confirmed it', async () => {
    const file = join(tempDir(), 'old.cbld');
    writeFileSync(file, 'garbage');
    await writeDesignFile(file, sampleDesign(), { replaceNonDesign: true });
    expect(readDesignFile(file).design.id).toBe('sample-design');
  });

  it('reports a missing folder', async () => {
    await expect(writeDesignFile(join(tempDir(), 'no', 'such', 'x.cbld'), sampleDesign())).rejects.toThrow(
      /folder .* does not exist/,
    );
  });

  describe.runIf(canMount())('on a real small or read-only disk', () => {
    it('reports a full disk and keeps the previous file intact', async () => {
      const disk = mountTinyDisk(96);
      try {
        const file = join(disk.dir, 'design.cbld');
        const original = sampleDesign();
        await writeDesignFile(file, original);
        const before = readFileSync(file, 'utf8');
        fillDisk(join(disk.dir, 'filler'));
        await expect(writeDesignFile(file, { ...original, title: 'Changed' })).rejects.toThrow(
          /disk is full.*previous version of the file is intact/,
        );
        expect(readFileSync(file, 'utf8')).toBe(before);
        expect(readdirSync(disk.dir).sort()).toEqual(['design.cbld', 'filler']);
      } finally {
        disk.dispose();
      }
    });

    it('reports a read-only folder and keeps the previous file intact', async () => {
      const disk = mountTinyDisk(256);
      try {
        const file = join(disk.dir, 'design.cbld');
        await writeDesignFile(file, sampleDesign());
        const before = serialiseDesign(sampleDesign());
        disk.readOnly();
        await expect(writeDesignFile(file, { ...sampleDesign(), title: 'New' })).rejects.toThrow(/read-only drive/);
        expect(readFileSync(file, 'utf8')).toBe(before);
      } finally {
        disk.dispose();
      }
    });
  });
});
