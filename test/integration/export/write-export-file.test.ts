import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { writeExportFile } from '../../../main/services/export/export-service';
import { useTempDirs } from '../../helpers/temp';

const tempDir = useTempDirs();
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** The CLI writes blocking, the app asynchronously: both keep the same promises. */
describe.each([
  { mode: 'asynchronous', blocking: false },
  { mode: 'blocking (the CLI)', blocking: true },
])('writing an export, $mode', ({ blocking }) => {
  it('writes the bytes, including a slice of a larger buffer', async () => {
    const path = join(tempDir(), 'Spécification – Σχέδιο ș ț 🌍.pdf');
    const whole = bytes('xx%PDF-1.7 body');
    await writeExportFile(path, whole.subarray(2), { blocking });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 body');
  });

  it('leaves an existing file alone unless asked, and says how to replace it', async () => {
    const path = join(tempDir(), 'proposal.docx');
    writeFileSync(path, 'the board’s annotated copy');
    const refused = await writeExportFile(path, bytes('new'), { blocking }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).code).toBe('exists');
    expect((refused as ServiceError).message).toMatch(/--force/);
    expect(readFileSync(path, 'utf8')).toBe('the board’s annotated copy');

    await writeExportFile(path, bytes('new'), { overwrite: true, blocking });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('turns a failed write into a message and leaves no temporary file behind', async () => {
    const missing = join(tempDir(), 'no such folder', 'spec.pdf');
    const error = await writeExportFile(missing, bytes('x'), { blocking }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('not-found');

    // The rename fails (a folder has the name): the temporary copy is removed again.
    const folder = tempDir();
    mkdirSync(join(folder, 'spec.pdf', 'inside'), { recursive: true });
    const blocked = await writeExportFile(join(folder, 'spec.pdf'), bytes('x'), { overwrite: true, blocking }).catch(
      (e: unknown) => e,
    );
    expect(blocked).toBeInstanceOf(ServiceError);
    expect((blocked as ServiceError).message).toMatch(/spec\.pdf/);
    expect(readdirSync(folder)).toEqual(['spec.pdf']);
  });
});
