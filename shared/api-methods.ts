/**
 * The contract's method names, apart from their schemas so that the Electron preload can
 * expose them without bundling zod. `shared/api.ts` is type-checked against this list.
 */
export const API_METHODS = [
  'app.info',
  'library.list',
  'library.search',
  'library.get',
  'library.save',
  'library.revisions',
  'library.getRevision',
  'library.restoreRevision',
  'library.duplicate',
  'library.trash',
  'library.restoreFromTrash',
  'library.purge',
  'library.importText',
  'library.import',
  'files.open',
  'files.parse',
  'files.save',
  'files.import',
  'files.triageFolder',
  'files.triage',
  'dialogs.openDesign',
  'dialogs.openFolder',
  'dialogs.saveFile',
  'export.render',
  'export.toFile',
  'credentials.render',
  'credentials.toFile',
  'credentials.validate',
  'credentials.subjectAreas',
  'credentials.import',
  'catalog.get',
  'catalog.examples',
  'catalog.example',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];
