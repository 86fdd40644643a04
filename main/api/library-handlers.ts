import type { Design, ImportOutcome } from '../../shared/model';
import { message } from '../../shared/errors';
import { ServiceError } from '../services/errors';
import type { AreaHandlers, HandlerContext } from './handler-types';
import { parsed } from './parsed';

/** An import that must not replace anything: a conflict is an error that says what to do instead. */
export function imported(result: ImportOutcome): Design {
  if (result.outcome === 'conflict')
    throw new ServiceError('conflict', message('errors.library.conflict', { title: result.current.title }));
  return result.design;
}

/** The library: designs, their revisions, the trash and imports. */
export function libraryHandlers({ library }: HandlerContext): AreaHandlers<'library'> {
  const ok = { ok: true as const };
  return {
    'library.list': (args) => library().list(args),
    'library.search': ({ query }) => library().search(query),
    'library.get': ({ id }) => library().get(id),
    'library.save': ({ design, kind, savedBy }) => library().save(design, kind, { savedBy }),
    'library.revisions': ({ id }) => library().revisions(id),
    'library.getRevision': ({ revisionId }) => library().getRevision(revisionId),
    'library.restoreRevision': ({ revisionId, savedBy }) => library().restoreRevision(revisionId, { savedBy }),
    'library.duplicate': ({ id, title, savedBy }) => library().duplicate(id, title, { savedBy }),
    'library.trash': ({ id }) => (library().trash(id), ok),
    'library.restoreFromTrash': ({ id }) => (library().restoreFromTrash(id), ok),
    'library.purge': ({ id }) => (library().purge(id), ok),
    'library.share': ({ design }) => library().prepareForSharing(design),
    'library.importText': ({ name, text }) =>
      imported(library().importDesign(parsed(name, text).design, { source: name })),
    'library.import': ({ design, source, resolve, copyTitle, savedBy }) =>
      library().importDesign(design, { source, resolve, copyTitle, savedBy }),
  };
}
