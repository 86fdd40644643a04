import { activityLabel, assessmentLabel, outcomeLabel, type Finding } from '../checks';
import { formatFinding } from '../i18n';
import { bold, cell, facts, hasText, heading, paragraph, table, textBlocks, toned } from './blocks';
import { bilingual, directionOf, formats, inSecond, labelOf, sdgLabel, type DocumentContext } from './context';
import type { Design } from '../model';
import { message, type Message } from '../errors';
import type { Block, DocumentKind, DocumentModel, Line, Tone } from './model';
import { reviewBlocks } from './review-report';
import { specificationBlocks } from './specification';
import { offeringDates, syllabusBlocks } from './syllabus';
import { PALETTE } from './theme';

const SEVERITY_TONE: Record<Finding['severity'], Tone> = { error: 'error', warning: 'warning', advice: 'advice' };

/** "Learning outcomes · LO2": where a finding points, in words a board understands. */
function findingPlace(finding: Finding, context: DocumentContext): string {
  const { design, t } = context;
  const section = t(`enums.section.${finding.target.section}`);
  const id = finding.target.itemId;
  if (!id) return section;
  const label = design.outcomes.some((o) => o.id === id)
    ? outcomeLabel(design, id)
    : design.activities.some((a) => a.id === id)
      ? activityLabel(design, id)
      : design.assessments.some((a) => a.id === id)
        ? assessmentLabel(design, id)
        : '';
  return label ? `${section} · ${label}` : section;
}

/** Readiness, counts and the open findings: the board sees at once what is not finished. */
export function checkSummaryBlocks(context: DocumentContext): Block[] {
  const { report, t } = context;
  const { counts, readiness } = report;
  const open = report.findings;
  return [
    paragraph(
      [
        t('document.checks.readiness'),
        bold(` ${formats(context).percent(readiness.score)}`),
        ` (${t('document.checks.passed', { passed: readiness.passedChecks, total: readiness.applicableChecks })})`,
      ],
      'lead',
    ),
    counts.error > 0
      ? { type: 'note', tone: 'warning', content: [[bold(t('document.checks.draft', { count: counts.error }))]] }
      : {
          type: 'note',
          tone: 'success',
          content: [[bold(t(open.length > 0 ? 'document.checks.ready' : 'document.checks.readyClean'))]],
        },
    ...(open.length > 0
      ? [
          table(
            [
              [t('document.checks.severity'), 1.2],
              [t('document.checks.where'), 2],
              [t('document.checks.finding'), 6],
            ],
            open.map((finding) => [
              cell([toned(labelOf(context, `enums.severity.${finding.severity}`), SEVERITY_TONE[finding.severity])]),
              cell(findingPlace(finding, context)),
              cell(formatFinding(t, finding)),
            ]),
            true,
          ),
        ]
      : []),
  ];
}

/** A short draft warning for documents without the full check summary. */
function draftNote(context: DocumentContext): Block[] {
  const errors = context.report.counts.error;
  return errors > 0
    ? [{ type: 'note', tone: 'warning', content: [[context.t('document.checks.draftShort', { count: errors })]] }]
    : [];
}

function institutions(context: DocumentContext): string[] {
  const { design } = context;
  const names = [
    ...design.credential.awardingBodies.map((body) => body.name),
    ...design.authors.map((author) => author.institution),
  ].filter(hasText);
  return [...new Set(names)];
}

function titleBlock(kind: DocumentKind, context: DocumentContext): Block[] {
  const { design, t } = context;
  const f = formats(context);
  const subtitle: Line = [
    bilingual(context, `document.kind.${kind}`),
    ' · ',
    t(`enums.interpretation.${design.interpretation}`),
    ...(institutions(context).length > 0 ? [' · ', institutions(context).join(', ')] : []),
    ' · ',
    f.date(context.now),
  ];
  const translated = context.second?.translation.title ?? '';
  return [
    heading(1, design.title || t('document.untitled')),
    ...(context.second && hasText(design.title) && hasText(translated)
      ? [paragraph([inSecond(context.second, translated)], 'lead')]
      : []),
    paragraph(subtitle, 'small'),
  ];
}

/**
 * The status a board reads on the cover: the reviewers' decision when there is one ("Approved,
 * 3 February 2026, Ana Pop"); before any decision, what the checks say (ready or N errors open).
 */
function coverStatus(context: DocumentContext): string {
  const { design, t, report } = context;
  const { decision } = design.review;
  if (decision.status === 'draft')
    return report.counts.error > 0
      ? t('document.cover.statusDraft', { count: report.counts.error })
      : t('document.cover.statusReady');
  return [
    labelOf(context, `enums.decision.${decision.status}`),
    ...(decision.date ? [formats(context).date(decision.date)] : []),
    ...(hasText(decision.reviewer) ? [decision.reviewer] : []),
  ].join(', ');
}

function coverFor(context: DocumentContext): DocumentModel['cover'] {
  const { design, t, index } = context;
  const f = formats(context);
  const c = design.credential;
  const firstGoal = design.challenge.sdgGoals.map((n) => index.goal(n)).find((goal) => goal !== undefined);
  const subtitle = [
    t(`enums.interpretation.${design.interpretation}`),
    c.ects !== null ? t('document.units.ects', { value: f.number(c.ects) }) : '',
    c.eqfLevel !== null ? t('document.spec.eqfLevel', { level: c.eqfLevel }) : '',
  ].filter(hasText);
  const facts = [
    { label: t('document.cover.institutions'), value: institutions(context).join(', ') },
    {
      label: t('document.cover.authors'),
      value: design.authors
        .map((a) => a.name)
        .filter(hasText)
        .join(', '),
    },
    { label: t('document.cover.date'), value: f.date(context.now) },
    { label: t('document.cover.version'), value: design.version },
    { label: t('document.cover.status'), value: coverStatus(context) },
  ].filter((fact) => hasText(fact.value));
  return {
    eyebrow: t('document.kind.proposal'),
    title: design.title || t('document.untitled'),
    subtitle: subtitle.join(' · '),
    facts,
    accent: firstGoal ? firstGoal.colour.slice(1) : PALETTE.brand,
  };
}

/** The proposal's first page of content: what the credential is, in a few lines, before the checks and the detail. */
function summary(context: DocumentContext): Block[] {
  const { design, t } = context;
  const f = formats(context);
  const c = design.credential;
  return [
    heading(1, t('document.summary.heading')),
    ...textBlocks(design.summary, 'lead'),
    facts([
      [t('document.overview.interpretation'), t(`enums.interpretation.${design.interpretation}`)],
      [
        t('document.summary.credits'),
        [
          c.ects !== null ? t('document.units.ects', { value: f.number(c.ects) }) : '',
          c.eqfLevel !== null ? t('document.spec.eqfLevel', { level: c.eqfLevel }) : '',
        ]
          .filter(hasText)
          .join(' · ') || null,
      ],
      [t('document.summary.awardingBodies'), f.list(c.awardingBodies.map((b) => b.name).filter(hasText))],
      [
        t('document.overview.languages'),
        design.offering.languagesOfInstruction.length > 0
          ? f.list(design.offering.languagesOfInstruction.map(f.language))
          : null,
      ],
      [t('document.overview.dates'), offeringDates(context)],
      [t('document.overview.place'), design.offering.location],
    ]),
  ].filter((block): block is Block => !!block);
}

function signOff(context: DocumentContext): Block[] {
  const { t } = context;
  return [
    heading(1, t('document.signOff.heading')),
    paragraph(t('document.signOff.intro')),
    {
      type: 'signOff',
      roles: [t('document.signOff.coordinator'), t('document.signOff.head'), t('document.signOff.quality')],
      labels: {
        name: t('document.signOff.name'),
        signature: t('document.signOff.signature'),
        date: t('document.signOff.date'),
      },
    },
  ];
}

function blocksFor(kind: DocumentKind, context: DocumentContext): Block[] {
  const { t } = context;
  switch (kind) {
    case 'spec':
      return [...titleBlock(kind, context), ...draftNote(context), ...specificationBlocks(context)];
    case 'syllabus':
      return [...titleBlock(kind, context), ...draftNote(context), ...syllabusBlocks(context)];
    case 'review':
      return [
        ...titleBlock(kind, context),
        ...reviewBlocks(context),
        heading(2, t('document.checks.heading')),
        ...checkSummaryBlocks(context),
      ];
    case 'proposal':
      return [
        ...summary(context),
        heading(1, t('document.checks.heading')),
        ...checkSummaryBlocks(context),
        { type: 'pageBreak' },
        heading(1, t('document.kind.spec')),
        ...specificationBlocks(context),
        { type: 'pageBreak' },
        heading(1, t('document.kind.syllabus')),
        paragraph(t('document.syllabus.inProposal'), 'small'),
        ...syllabusBlocks(context, { inProposal: true }),
        { type: 'pageBreak' },
        ...signOff(context),
      ];
  }
}

/** A design → the neutral document tree of one kind; renderers turn it into DOCX or PDF. */
export function buildDocument(kind: DocumentKind, context: DocumentContext): DocumentModel {
  const { design, t, index } = context;
  const title = design.title || t('document.untitled');
  const goals = design.challenge.sdgGoals.flatMap((n) => index.goal(n) ?? []);
  return {
    kind,
    language: design.language,
    direction: directionOf(design.language),
    properties: {
      title,
      subject: t(`document.kind.${kind}`),
      author: design.authors
        .map((a) => a.name)
        .filter(hasText)
        .join('; '),
      keywords: [
        t(`enums.interpretation.${design.interpretation}`),
        ...goals.map((g) => `${sdgLabel(context, g.goal)} ${g.short}`),
      ],
      description: design.summary.slice(0, 500),
    },
    header: `${title} — ${t(`document.kind.${kind}`)}`,
    labels: { page: t('document.page'), of: t('document.of'), contents: t('document.contents') },
    ...(kind === 'proposal' ? { cover: coverFor(context) } : {}),
    tableOfContents: kind === 'proposal',
    blocks: blocksFor(kind, context),
  };
}

/** The documents that can carry a second language: the specification (alliance credentials, diploma supplements). */
export const BILINGUAL_KINDS: readonly DocumentKind[] = ['spec'];

/**
 * Why a document cannot be exported with this second language, in a sentence that says what to
 * do; null when it can. The language must be one the design carries its texts in.
 */
export function secondLanguageMessage(design: Design, kind: DocumentKind, language: string): Message | null {
  if (!BILINGUAL_KINDS.includes(kind))
    return message('errors.export.onlySpecification', { kind: message(`document.kind.${kind}`) });
  const available = design.translations.map((translation) => translation.language);
  if (!available.includes(language))
    return available.length > 0
      ? message('errors.export.noTranslationInto', {
          language,
          available: available.map((l) => `"${l}"`).join(', '),
        })
      : message('errors.export.noTranslations');
  return null;
}
