import { describe, expect, it } from 'vitest';
import { runCredentialJob } from '../../../main/services/credentials/credential-jobs';
import { loadExample } from '../../helpers/designs';

describe('credential jobs (what the export worker thread will run)', () => {
  it('answer in plain data that survives the copy between threads', async () => {
    const design = loadExample('partnership');
    await runCredentialJob({ kind: 'preload' });
    const broken = { ...design, offering: { ...design.offering, homepage: '' } };
    const results = [
      await runCredentialJob({ kind: 'export', design, format: 'elm' }),
      await runCredentialJob({ kind: 'validate-europass', design: broken }),
      await runCredentialJob({ kind: 'validate-elm-credential', design }),
      await runCredentialJob({
        kind: 'import',
        text: new TextDecoder().decode((await runCredentialJob({ kind: 'export', design, format: 'ob3' })).bytes),
      }),
    ];
    for (const result of results) expect(structuredClone(result)).toEqual(result);
    const validation = results[1] as { findings: { path: string }[] };
    expect(validation.findings.map((f) => f.path)).toEqual(['credential.offering.homepage']);
  });
});
