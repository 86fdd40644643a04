import { detailMessagesOf, message, messageOfError } from '../../shared/errors';
import type { CredentialJob, CredentialJobResults } from '../services/credentials/credential-jobs';
import { loadElmVocabularies } from '../services/credentials/vocabularies';
import { ServiceError } from '../services/errors';
import { writeExportFile } from '../services/export/export-service';
import type { AreaHandlers, HandlerContext } from './handler-types';

/** Runs a credential job: in the export thread (app, server) or on this thread (tests, no build). */
export type CredentialRunner = <J extends CredentialJob>(job: J) => Promise<CredentialJobResults[J['kind']]>;

/** What a credential file that cannot be opened throws (main/services/credentials, shared/credentials/import). */
const REFUSALS = new Set(['CredentialFileError', 'CredentialImportError', 'JsonLdError', 'UnknownContextError']);

/** A job's error as a sentence the renderer shows: a file we cannot read, or work that failed. */
export async function runCredential<J extends CredentialJob>(
  runner: CredentialRunner,
  job: J,
): Promise<CredentialJobResults[J['kind']]> {
  try {
    return await runner(job);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    const name = (error as Error | null)?.name ?? '';
    // The refusal's own sentence (errors.credentials.*), key and params kept: shown in the reader's language.
    if (job.kind === 'import' && REFUSALS.has(name))
      throw new ServiceError('invalid-credential', messageOfError(error), detailMessagesOf(error));
    const subject = job.kind.endsWith('pathway') ? 'Pathway' : 'Design';
    const what =
      job.kind === 'import'
        ? 'credentialNotOpened'
        : `credential${subject}Not${job.kind.startsWith('export') ? 'Exported' : 'Validated'}`;
    throw new ServiceError('export-failed', message(`errors.export.${what}`, { reason: messageOfError(error) }));
  }
}

/** The machine-readable credentials' API methods (Europass ELM v3, Open Badges 3.0). */
export function credentialHandlers({ services, writable }: HandlerContext): AreaHandlers<'credentials'> {
  const runner = services.credentials;
  const { templatesDir } = services.catalog;
  return {
    // Small and read once per process (the vocabulary is validated where it is loaded).
    'credentials.subjectAreas': () => loadElmVocabularies(templatesDir).iscedF,
    'credentials.render': async ({ design, format }) => {
      const file = await runCredential(runner, { kind: 'export', design, format });
      return { fileName: file.fileName, mime: file.mime, text: new TextDecoder().decode(file.bytes) };
    },
    // The path comes from the native save dialog, which already asked before replacing a file.
    'credentials.toFile': async ({ design, format, path }) => {
      writable(path);
      const { bytes } = await runCredential(runner, { kind: 'export', design, format });
      await writeExportFile(path, bytes, { overwrite: true });
      return { path };
    },
    'credentials.validate': async ({ design }) => {
      const { conforms, findings } = await runCredential(runner, { kind: 'validate-europass', design });
      return { conforms, findings };
    },
    'credentials.import': async ({ text }) => {
      const { design, kind, unmapped } = await runCredential(runner, { kind: 'import', text });
      return { design, kind, unmapped };
    },
  };
}
