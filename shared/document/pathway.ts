import { indexCatalog, type Catalog } from '../catalog';
import { capitalise, formatFinding, type Translate } from '../i18n';
import type { Coverage, CoverageRow, Pathway, PathwayAnalysis, PathwayFinding } from '../pathway';
import { bold, cell, facts, hasText, heading, muted, paragraph, table, textBlocks, toned } from './blocks';
import { directionOf, formatsFor } from './context';
import type { Block, DocumentModel, Line, TableCell, Tone } from './model';

/**
 * The pathway document (issue 20): what a stack of micro-credentials adds up to, for the board
 * that approves the larger credential. Built on the one document model, so the DOCX and PDF
 * renderers print it as they print a design's documents.
 */

export interface PathwayDocumentContext {
  pathway: Pathway;
  analysis: PathwayAnalysis;
  findings: PathwayFinding[];
  /** Reference data in the pathway's language (SDG target texts). */
  catalog: Catalog;
  t: Translate;
  /** When the document is produced (injected so output is reproducible). */
  now: Date;
}

const SEVERITY_TONE: Record<PathwayFinding['severity'], Tone> = {
  error: 'error',
  warning: 'warning',
  advice: 'advice',
};

function summaryBlocks(context: PathwayDocumentContext): Block[] {
  const { pathway, analysis, t } = context;
  const f = formatsFor(pathway.language, t);
  const { totals } = analysis;
  const target = pathway.target;
  const stated = (value: string | null) => value ?? t('document.pathway.notStated');
  return [
    ...textBlocks(pathway.summary, 'lead'),
    facts([
      [
        t('document.pathway.target'),
        t('document.pathway.targetValue', {
          ects: target.ects === null ? stated(null) : t('document.units.ects', { value: f.number(target.ects) }),
          level: stated(target.eqfLevel === null ? null : String(target.eqfLevel)),
        }),
      ],
      [
        t('document.pathway.totals'),
        [
          [
            t('document.pathway.totalEcts', {
              total: f.number(totals.ects),
              core: f.number(totals.coreEcts),
              electives: f.number(totals.electiveEcts),
            }),
          ],
          [t('document.pathway.totalHours', { hours: f.hours(totals.hours) })],
          ...(totals.missingParts > 0
            ? [[muted(t('document.pathway.missingParts', { count: totals.missingParts }))]]
            : []),
        ],
      ],
      [t('document.pathway.levels'), totals.eqfLevels.length > 0 ? f.list(totals.eqfLevels.map(String)) : null],
    ]),
  ].filter((block): block is Block => !!block);
}

/** Where a finding points, in words: "P2 · Urban heat", "Competences". */
function findingPlace(finding: PathwayFinding, context: PathwayDocumentContext): string {
  const { analysis, t } = context;
  const part = analysis.parts.find((p) => p.part.id === finding.target.partId);
  if (part) return `P${part.position}`;
  if (finding.target.field === 'competences') return t('document.pathway.competence');
  if (finding.target.field === 'sdgTargets') return t('document.pathway.sdgTarget');
  if (finding.target.field === 'prerequisites') return t('document.pathway.prerequisites');
  return t('document.pathway.target');
}

function checkBlocks(context: PathwayDocumentContext): Block[] {
  const { findings, t, pathway } = context;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return [
    heading(2, t('document.pathway.checksHeading')),
    errors > 0
      ? { type: 'note', tone: 'warning', content: [[bold(t('document.pathway.draft', { count: errors }))]] }
      : findings.length === 0
        ? { type: 'note', tone: 'success', content: [[bold(t('document.pathway.noFindings'))]] }
        : null,
    findings.length > 0
      ? table(
          [
            [t('document.checks.severity'), 1.2],
            [t('document.checks.where'), 1.4],
            [t('document.checks.finding'), 6],
          ],
          findings.map((finding) => [
            cell([
              toned(
                capitalise(t(`enums.severity.${finding.severity}`), pathway.language),
                SEVERITY_TONE[finding.severity],
              ),
            ]),
            cell(findingPlace(finding, context)),
            cell(formatFinding(t, finding)),
          ]),
          true,
        )
      : null,
  ].filter((block): block is Block => !!block);
}

function partsBlocks(context: PathwayDocumentContext): Block[] {
  const { analysis, t, pathway } = context;
  if (analysis.parts.length === 0) return [];
  const f = formatsFor(pathway.language, t);
  const name = new Map(analysis.parts.map((p) => [p.part.id, `P${p.position}`]));
  const rows: TableCell[][] = analysis.parts.map((p) => {
    const source: Line = p.design
      ? [muted(p.part.file || t('document.pathway.fromLibrary'))]
      : [toned(t('document.pathway.missing'), 'error')];
    return [
      cell([bold(`P${p.position}`)]),
      cell([
        [bold(p.design?.title || p.part.title || p.part.designId)],
        source,
        ...(p.errors ? [[toned(t('document.pathway.errors', { count: p.errors }), 'warning')]] : []),
      ]),
      cell(t(p.part.required ? 'document.pathway.core' : 'document.pathway.elective')),
      cell(p.ects === null ? '' : f.number(p.ects), { align: 'center' }),
      cell(p.hours === null ? '' : f.number(p.hours), { align: 'center' }),
      cell(p.eqfLevel === null ? '' : String(p.eqfLevel), { align: 'center' }),
      cell(p.part.prerequisites.map((id) => name.get(id) ?? id).join(', ')),
    ];
  });
  return [
    heading(2, t('document.pathway.partsHeading')),
    paragraph(t('document.pathway.partsIntro'), 'small'),
    table(
      [
        [t('document.pathway.number'), 0.8],
        [t('document.pathway.part'), 5],
        [t('document.pathway.role'), 1.3],
        [t('document.pathway.credits'), 1],
        [t('document.pathway.hours'), 1],
        [t('document.pathway.level'), 0.8],
        [t('document.pathway.prerequisites'), 1.4],
      ],
      rows,
    ),
  ];
}

/** One matrix: a row per competence or SDG target, a column per part. */
function matrix(
  context: PathwayDocumentContext,
  rows: readonly CoverageRow[],
  first: string,
  name: (row: CoverageRow) => Line,
): Block {
  const { analysis, t } = context;
  // As in the alignment matrix: a mark per covering part (assessed ones shaded as links), blank
  // where a part does not touch it, and the row's name shaded as a gap when nothing assesses it.
  const mark = (coverage: Coverage | null): TableCell =>
    coverage
      ? cell(t(`document.pathway.${coverage}`), {
          align: 'center',
          ...(coverage === 'assessed' ? { shade: 'link' as const } : {}),
        })
      : cell([''], { align: 'center' });
  return table(
    [[first, 5], ...analysis.parts.map((p): [string, number] => [`P${p.position}`, 0.8])],
    rows.map((row) => [
      cell(
        [name(row), ...(row.promised ? [[muted(t('document.pathway.promised'))]] : [])],
        row.promised && !row.cells.includes('assessed') ? { shade: 'gap' } : {},
      ),
      ...row.cells.map(mark),
    ]),
    true,
  );
}

function coverageBlocks(context: PathwayDocumentContext): Block[] {
  const { analysis, t, catalog } = context;
  if (analysis.parts.length === 0) return [];
  const index = indexCatalog(catalog);
  const targetName = (row: CoverageRow): Line => {
    const target = index.target(row.key);
    return target ? [bold(row.key), ` ${target.title}`] : [bold(row.key)];
  };
  return [
    ...(analysis.competences.length > 0
      ? [
          heading(2, t('document.pathway.competencesHeading')),
          paragraph(t('document.pathway.matrixIntro'), 'small'),
          matrix(context, analysis.competences, t('document.pathway.competence'), (row) => [row.label]),
        ]
      : []),
    ...(analysis.sdgTargets.length > 0
      ? [
          heading(2, t('document.pathway.targetsHeading')),
          paragraph(t('document.pathway.targetsIntro'), 'small'),
          matrix(context, analysis.sdgTargets, t('document.pathway.sdgTarget'), targetName),
        ]
      : []),
  ];
}

function gapBlocks(context: PathwayDocumentContext): Block[] {
  const { analysis, t } = context;
  const blocks: Block[] = [];
  if (analysis.unassessedCompetences.length > 0)
    blocks.push(paragraph([bold(t('document.pathway.unassessed'))]), {
      type: 'bullets',
      items: analysis.unassessedCompetences.map((row) => [row.label]),
    });
  if (analysis.uncoveredTargets.length > 0)
    blocks.push(paragraph([bold(t('document.pathway.uncovered'))]), {
      type: 'bullets',
      items: analysis.uncoveredTargets.map((row) => [row.label]),
    });
  return blocks.length > 0 ? [heading(2, t('document.pathway.gapsHeading')), ...blocks] : [];
}

function overlapBlocks(context: PathwayDocumentContext): Block[] {
  const { analysis, t, pathway } = context;
  if (analysis.parts.length < 2) return [];
  const f = formatsFor(pathway.language, t);
  return [
    heading(2, t('document.pathway.overlapsHeading')),
    ...(analysis.overlaps.length > 0
      ? [
          paragraph(t('document.pathway.overlapsIntro'), 'small'),
          {
            type: 'bullets' as const,
            items: analysis.overlaps.map((row): Line => [
              t('document.pathway.overlap', {
                competence: row.label,
                parts: f.list(
                  row.cells.flatMap((coverage, index) => (coverage === 'assessed' ? [`P${index + 1}`] : [])),
                ),
              }),
            ]),
          },
        ]
      : [paragraph(t('document.pathway.noOverlaps'))]),
  ];
}

/** A pathway → the neutral document tree; the renderers turn it into DOCX or PDF. */
export function buildPathwayDocument(context: PathwayDocumentContext): DocumentModel {
  const { pathway, analysis, t } = context;
  const f = formatsFor(pathway.language, t);
  const title = pathway.title || t('document.untitled');
  const kind = t('document.kind.pathway');
  const parts = analysis.parts.map((p) => p.design?.title || p.part.title).filter(hasText);
  return {
    kind: 'pathway',
    language: pathway.language,
    direction: directionOf(pathway.language),
    properties: {
      title,
      subject: kind,
      author: '',
      keywords: [kind, ...parts].slice(0, 20),
      description: pathway.summary.slice(0, 500),
    },
    header: `${title} — ${kind}`,
    labels: { page: t('document.page'), of: t('document.of'), contents: t('document.contents') },
    tableOfContents: false,
    blocks: [
      heading(1, title),
      paragraph(
        [t('document.pathway.subtitle', { count: analysis.parts.length }), ' · ', f.date(context.now)],
        'small',
      ),
      ...summaryBlocks(context),
      ...checkBlocks(context),
      ...partsBlocks(context),
      ...coverageBlocks(context),
      ...gapBlocks(context),
      ...overlapBlocks(context),
    ],
  };
}
