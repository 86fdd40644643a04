import { competenceSourceName } from '../catalog';
import { outcomeLabel } from '../checks';
import { bold, cell, hasText, muted, table } from './blocks';
import { bilingual, inSecond, labelOf, sdgLabel, type DocumentContext } from './context';
import type { Block, Line, TableCell } from './model';

/**
 * "GreenComp 2.1": a competence as an outcome links to it. The framework is named with the code,
 * because the codes repeat across frameworks (1.2 is DigComp for one outcome, GreenComp for the next).
 */
export function competenceName(context: DocumentContext, id: string): string {
  const competence = context.design.competences.find((c) => c.id === id);
  return competence ? competenceSourceName(context.catalog, competence.source) : id;
}

/** An outcome's statement; in a bilingual document its translation follows, tagged with its language. */
function statementCell(context: DocumentContext, id: string, statement: string): TableCell {
  const translated = context.second?.translation.outcomes[id] ?? '';
  if (!context.second || !hasText(translated)) return cell(statement);
  return cell([[hasText(statement) ? statement : '–'], [inSecond(context.second, translated)]]);
}

/**
 * The learning outcomes table, built once: the specification and the syllabus print the same
 * table (a proposal prints it once and refers to it).
 */
export function outcomesTable(context: DocumentContext): Block | null {
  const { design } = context;
  if (design.outcomes.length === 0) return null;
  return table(
    [
      ['', 0.7],
      [bilingual(context, 'document.outcomes.statement'), 5],
      [bilingual(context, 'document.outcomes.level'), 1.5],
      [bilingual(context, 'document.outcomes.links'), 2],
    ],
    design.outcomes.map((o) => [
      cell([bold(outcomeLabel(design, o.id))]),
      statementCell(context, o.id, o.statement),
      cell([
        [o.bloom ? labelOf(context, `enums.bloom.${o.bloom}`) : '–'],
        ...(o.eqfDomain ? [[muted(labelOf(context, `enums.eqfDomain.${o.eqfDomain}`))]] : []),
      ]),
      cell([
        ...o.competenceIds.map((id): Line => [competenceName(context, id)]),
        ...(o.sdgTargets.length > 0 ? [[muted(sdgLabel(context, o.sdgTargets))]] : []),
      ]),
    ]),
  );
}
