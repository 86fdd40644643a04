import { join } from 'node:path';
import type { OpenedPathway } from '../../shared/api';
import type { Design } from '../../shared/model';
import type { Pathway, ResolvedPart } from '../../shared/pathway';
import { writeExportFile } from '../services/export/export-service';
import { runCredential } from './credential-handlers';
import type { AreaHandlers, HandlerContext } from './handler-types';

const MISSING: Record<string, string> = {
  'not-found': 'Its design is neither beside the pathway nor in the library.',
  unreadable: 'Its file could not be read',
  'other-design': 'Its file now holds another design',
};

/** A resolved part as it crosses the boundary: the design, and where it came from or why it is missing. */
function partSource({ part, design, source }: ResolvedPart): OpenedPathway['parts'][number] {
  switch (source.kind) {
    case 'file':
      return { partId: part.id, design, from: 'file', detail: source.path };
    case 'library':
    case 'held':
      return { partId: part.id, design, from: source.kind, detail: '' };
    case 'missing': {
      const why = MISSING[source.reason] ?? MISSING['not-found']!;
      const detail = source.reason === 'not-found' ? why : `${why}: ${source.detail}`;
      return { partId: part.id, design: null, from: 'missing', detail };
    }
  }
}

/** The pathway methods (issue 20): files, the pathway document and its Europass export. */
export function pathwayHandlers({ services, writable }: HandlerContext): AreaHandlers<'pathways'> {
  const { pathways, credentials } = services;
  const examplesDir = join(services.catalog.templatesDir, 'examples');
  const opened = async (pathway: Pathway, path: string | null, source: string, fromVersion: number) => ({
    pathway,
    source,
    fromVersion,
    parts: (await pathways.resolve(pathway, path)).map(partSource),
  });
  // Parts' files are never read by path here: the app passes the designs it holds, the rest
  // come from the library (so the browser reaches no path on this computer).
  const report = (pathway: Pathway, designs: readonly unknown[]) => pathways.report(pathway, null, designs as Design[]);
  const elm = async (pathway: Pathway, designs: readonly unknown[]) =>
    pathways.elmPathway(await report(pathway, designs));
  return {
    'pathways.open': async ({ path }) => {
      const loaded = await pathways.read(path);
      return opened(loaded.pathway, path, path, loaded.fromVersion);
    },
    'pathways.parse': async ({ name, text }) => {
      const loaded = pathways.parse(name, text);
      return opened(loaded.pathway, null, name, loaded.fromVersion);
    },
    'pathways.example': async () => {
      const path = join(examplesDir, 'cities-in-transition.cbpath');
      const loaded = await pathways.read(path);
      const result = await opened(loaded.pathway, path, 'cities-in-transition.cbpath', loaded.fromVersion);
      // The examples' own files are not the person's: the parts travel as held designs.
      return {
        ...result,
        parts: result.parts.map((p) => (p.from === 'file' ? { ...p, from: 'held', detail: '' } : p)),
      };
    },
    'pathways.save': async ({ path, pathway, from }) => {
      writable(path);
      const rebased = pathways.rebase(pathway as Pathway, from, path);
      await pathways.write(path, rebased);
      return { path, pathway: rebased };
    },
    'pathways.render': async ({ pathway, designs, format }) => {
      const { fileName, mime, bytes } = await pathways.render(await report(pathway as Pathway, designs), format);
      return { fileName, mime, base64: Buffer.from(bytes).toString('base64') };
    },
    // The path comes from the native save dialog, which already asked before replacing a file.
    'pathways.toFile': async ({ pathway, designs, format, path }) => {
      writable(path);
      const { bytes } = await pathways.render(await report(pathway as Pathway, designs), format);
      await writeExportFile(path, bytes, { overwrite: true });
      return { path };
    },
    'pathways.europass': async ({ pathway, designs }) => {
      const job = { kind: 'export-pathway' as const, pathway: await elm(pathway as Pathway, designs) };
      const file = await runCredential(credentials, job);
      return { fileName: file.fileName, mime: file.mime, text: new TextDecoder().decode(file.bytes) };
    },
    'pathways.europassToFile': async ({ pathway, designs, path }) => {
      writable(path);
      const job = { kind: 'export-pathway' as const, pathway: await elm(pathway as Pathway, designs) };
      const { bytes } = await runCredential(credentials, job);
      await writeExportFile(path, bytes, { overwrite: true });
      return { path };
    },
    'pathways.validateEuropass': async ({ pathway, designs }) => {
      const job = { kind: 'validate-pathway' as const, pathway: await elm(pathway as Pathway, designs) };
      const { conforms, violations } = await runCredential(credentials, job);
      return {
        conforms,
        violations: violations.map(({ profile, focusNode, path, message }) => ({
          profile,
          focusNode,
          ...(path === undefined ? {} : { path }),
          message,
        })),
      };
    },
  };
}
