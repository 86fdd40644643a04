import type { CatalogPart } from '../catalog';
import type { FrameworkId } from '../model';
import { muted, paragraph } from './blocks';
import { formats, type DocumentContext } from './context';
import type { Block } from './model';

/**
 * Reference data a document shows in the design's language but which is a translation made by
 * this project (SDG texts in Greek and Swedish, framework names, hubs): the document says so in a
 * note beside it, in its own language, so our text is never taken for the publisher's.
 */
function unofficial(context: DocumentContext, part: CatalogPart['part'], id?: string): boolean {
  return context.catalog.parts.some(
    (p) =>
      p.part === part &&
      (id === undefined || p.id === id) &&
      !p.official &&
      p.language === context.catalog.language &&
      p.language !== 'en',
  );
}

const note = (text: string): Block => paragraph([muted(text)], 'small');

/** Beside SDG goal names and target texts. */
export function sdgNote(context: DocumentContext): Block[] {
  return unofficial(context, 'sdg') ? [note(context.t('document.unofficial.sdg'))] : [];
}

/** Beside names (and descriptions) of framework competences: which frameworks are our translation. */
export function frameworksNote(context: DocumentContext, frameworkIds: Iterable<FrameworkId>): Block[] {
  const names = [...new Set(frameworkIds)]
    .filter((id) => unofficial(context, 'framework', id))
    .map((id) => context.catalog.frameworks.find((framework) => framework.id === id)?.name ?? id);
  return names.length > 0
    ? [note(context.t('document.unofficial.frameworks', { frameworks: formats(context).list(names) }))]
    : [];
}

/** The frameworks a design's competences come from (those an outcome links to, when `linked`). */
export function frameworksUsed(context: DocumentContext, linked = false): FrameworkId[] {
  const { design } = context;
  const linkedIds = new Set(design.outcomes.flatMap((outcome) => outcome.competenceIds));
  return design.competences.flatMap((competence) =>
    competence.source.kind === 'framework' && (!linked || linkedIds.has(competence.id))
      ? [competence.source.framework]
      : [],
  );
}

/** Beside the alliance hub's name. */
export function hubNote(context: DocumentContext): Block[] {
  return context.design.challenge.hub && unofficial(context, 'hubs')
    ? [note(context.t('document.unofficial.hubs'))]
    : [];
}
