import type { Design, Interpretation } from '../../../shared/model';
import {
  exportCredential,
  exportPathwayElm,
  importCredential,
  validatePathwayElm,
  validateElmCredential,
  validateForEuropass,
  type CredentialFile,
  type CredentialFormat,
  type CredentialOptions,
  type EuropassValidation,
} from './credential-service';
import type { ElmPathway } from '../../../shared/credentials/elm';
import type { CredentialImport } from '../../../shared/credentials/import';

/**
 * The credential work as messages a worker thread can take (export/worker.ts): every request
 * and result is plain data that survives structured cloning. The app and the server run them in
 * the export thread (RenderThread.runJob), so validation never blocks the Electron main process
 * or the server.
 */
export type CredentialJob =
  | { kind: 'export'; design: Design; format: CredentialFormat }
  | { kind: 'validate-europass'; design: Design }
  | { kind: 'validate-elm-credential'; design: Design }
  | { kind: 'import'; text: string; interpretation?: Interpretation }
  /** A pathway (issue 20) as an ELM specification with its parts, and its validation. */
  | { kind: 'export-pathway'; pathway: ElmPathway }
  | { kind: 'validate-pathway'; pathway: ElmPathway }
  /** Parse the shapes while idle, so the first validation answers at once. */
  | { kind: 'preload' };

export interface CredentialJobResults {
  export: CredentialFile;
  'validate-europass': EuropassValidation;
  'validate-elm-credential': Awaited<ReturnType<typeof validateElmCredential>>;
  import: CredentialImport;
  'export-pathway': CredentialFile;
  'validate-pathway': Awaited<ReturnType<typeof validatePathwayElm>>;
  preload: null;
}

export async function runCredentialJob<J extends CredentialJob>(
  job: J,
  options: CredentialOptions = {},
): Promise<CredentialJobResults[J['kind']]> {
  const result = await (async () => {
    switch (job.kind) {
      case 'export':
        return exportCredential(job.design, job.format, options);
      case 'validate-europass':
        return validateForEuropass(job.design, options);
      case 'validate-elm-credential':
        return validateElmCredential(job.design, options);
      case 'import':
        return importCredential(job.text, {
          ...options,
          ...(job.interpretation ? { interpretation: job.interpretation } : {}),
        });
      case 'export-pathway':
        return exportPathwayElm(job.pathway, options);
      case 'validate-pathway':
        return validatePathwayElm(job.pathway, options);
      case 'preload': {
        const { preloadShapes } = await import('./shacl');
        preloadShapes(options.templatesDir);
        return null;
      }
    }
  })();
  return result as CredentialJobResults[J['kind']];
}
