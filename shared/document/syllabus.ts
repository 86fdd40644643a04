import { activityLabel, assessmentLabel, cellKey, outcomeLabel } from '../checks';
import { PHASES, type Design, type LearningActivity } from '../model';
import { bold, cell, facts, hasText, heading, muted, paragraph, section, table, textBlocks } from './blocks';
import { formats, labelOf, type DocumentContext } from './context';
import type { Block, Line, TableCell } from './model';
import { assessmentOverview, workloadTable } from './specification';

/** Fill colours that mark gaps and links in tables (light, printable). */
const GAP_FILL = 'FDE2E1';
const LINK_FILL = 'E3EEF8';
/** Above this many activities and assessments a full grid gets unreadable; rows list the links instead. */
const MAX_GRID_COLUMNS = 16;

function overview(context: DocumentContext): Block[] {
  const { design, t, index } = context;
  const f = formats(context);
  const c = design.credential;
  const hub = index.hub(design.challenge.hub);
  return [
    ...textBlocks(design.summary, 'lead'),
    facts([
      [t('document.overview.interpretation'), t(`enums.interpretation.${design.interpretation}`)],
      [t('document.overview.credits'), c.ects !== null ? t('document.units.ects', { value: f.number(c.ects) }) : null],
      [t('document.overview.level'), c.eqfLevel !== null ? t('document.spec.eqfLevel', { level: c.eqfLevel }) : null],
      [
        t('document.overview.participation'),
        c.participationForm ? labelOf(context, `enums.participationForm.${c.participationForm}`) : null,
      ],
      [t('document.overview.hub'), hub?.title],
      [t('document.overview.version'), design.version],
      [
        t('document.overview.authors'),
        design.authors.map((a): Line => [
          bold(a.name),
          ...[a.role, a.institution].filter(hasText).map((part) => `, ${part}`),
        ]),
      ],
    ]),
  ].filter((block): block is Block => !!block);
}

function interpretation(context: DocumentContext): Block[] {
  const guide = context.index.interpretation(context.design.interpretation);
  const { t } = context;
  return [
    paragraph([bold(guide.name), ` — ${guide.tagline}`]),
    paragraph(guide.summary),
    heading(3, t('document.interpretation.whenToChoose')),
    { type: 'bullets', items: guide.whenToChoose.map((item) => [item]) },
  ];
}

function sdgBlocks(context: DocumentContext): Block[] {
  const { design, index, t } = context;
  const goals = design.challenge.sdgGoals.flatMap((n) => index.goal(n) ?? []);
  if (goals.length === 0 && design.challenge.sdgTargets.length === 0) return [];
  const targets = design.challenge.sdgTargets.flatMap((code) => index.target(code) ?? []);
  return [
    heading(3, t('document.challenge.sdgs')),
    { type: 'badges', items: goals.map((g) => ({ text: `${g.goal} ${g.short}`, color: g.colour.slice(1) })) },
    ...(targets.length > 0
      ? [
          table(
            [
              [t('document.challenge.target'), 1],
              [t('document.challenge.targetText'), 7],
            ],
            targets.map((target) => [cell([bold(target.code)]), cell(target.title)]),
          ),
        ]
      : []),
  ];
}

function partner(context: DocumentContext): Block[] {
  const { design, t } = context;
  const owner = design.challenge.owner;
  if (!hasText(owner.name)) return [];
  const agreement = (['time', 'data', 'intellectualProperty', 'ethics'] as const).map((aspect): [string, string] => [
    t(`document.challenge.agreement.${aspect}`),
    owner.agreement[aspect],
  ]);
  return section(3, t('document.challenge.partner'), [
    facts([
      [t('document.challenge.partnerName'), owner.name],
      [t('document.challenge.partnerType'), owner.type ? labelOf(context, `enums.ownerType.${owner.type}`) : null],
      [t('document.challenge.partnerRole'), owner.role],
      [t('document.challenge.partnerContact'), owner.contact],
      [t('document.challenge.deliverable'), owner.deliverable],
      ...agreement,
    ]),
  ]);
}

function challenge(context: DocumentContext): Block[] {
  const { design, t } = context;
  const ch = design.challenge;
  const scope = ch.context.scope ? labelOf(context, `enums.scope.${ch.context.scope}`) : null;
  return [
    facts([
      [t('document.challenge.bigIdea'), ch.bigIdea],
      [t('document.challenge.essentialQuestion'), ch.essentialQuestion],
      [t('document.challenge.statement'), ch.statement],
      [t('document.challenge.scope'), scope],
    ]),
    ...section(3, t('document.challenge.context'), textBlocks(ch.context.description)),
    ...section(3, t('document.challenge.guidingQuestions'), [
      ch.guidingQuestions.length > 0 && { type: 'bullets', items: ch.guidingQuestions.map((q) => [q]) },
    ]),
    ...sdgBlocks(context),
    ...partner(context),
    ...section(3, t('document.challenge.stakeholders'), [
      ch.stakeholders.length > 0 &&
        table(
          [
            [t('document.challenge.stakeholder'), 2],
            [t('document.challenge.stakeholderRole'), 5],
          ],
          ch.stakeholders.map((s) => [cell([bold(s.name)]), cell(s.role)]),
        ),
    ]),
    ...section(3, t('document.challenge.impact'), textBlocks(ch.intendedImpact)),
  ].filter((block): block is Block => !!block);
}

function competences(context: DocumentContext): Block[] {
  const { design, index, catalog, t } = context;
  const groups = new Map<string, TableCell[][]>();
  const add = (group: string, row: TableCell[]) => groups.set(group, [...(groups.get(group) ?? []), row]);
  for (const competence of design.competences) {
    const { source } = competence;
    if (source.kind === 'framework') {
      const found = index.competence(source.ref);
      const framework = found?.framework ?? catalog.frameworks.find((fw) => fw.id === source.framework);
      const level = framework?.levels.find((l) => l.id === competence.targetLevel)?.label ?? competence.targetLevel;
      add(framework?.name ?? source.framework, [
        cell([
          [bold(found ? `${found.competence.code} ${found.competence.title}` : source.ref)],
          ...(found ? [[muted(found.competence.description)]] : []),
        ]),
        cell(level),
        cell(competence.note),
      ]);
    } else {
      add(t('document.competences.custom'), [
        cell([
          [bold(source.title)],
          ...(hasText(source.description) ? [[source.description]] : []),
          ...(source.escoUri ? [[muted(source.escoUri)]] : []),
        ]),
        cell(competence.targetLevel),
        cell(competence.note),
      ]);
    }
  }
  return [...groups].flatMap(([group, rows]) => [
    heading(3, group),
    table(
      [
        [t('document.competences.competence'), 5],
        [t('document.competences.level'), 1.5],
        [t('document.competences.note'), 2.5],
      ],
      rows,
    ),
  ]);
}

function outcomes(context: DocumentContext): Block[] {
  const { design, t } = context;
  if (design.outcomes.length === 0) return [];
  const competenceName = (id: string) => {
    const competence = design.competences.find((c) => c.id === id);
    if (!competence) return id;
    return competence.source.kind === 'framework'
      ? (context.index.competence(competence.source.ref)?.competence.code ?? competence.source.ref)
      : competence.source.title;
  };
  return [
    table(
      [
        ['', 0.7],
        [t('document.outcomes.statement'), 5],
        [t('document.outcomes.level'), 1.5],
        [t('document.outcomes.links'), 2],
      ],
      design.outcomes.map((o) => [
        cell([bold(outcomeLabel(design, o.id))]),
        cell(o.statement),
        cell([
          [o.bloom ? labelOf(context, `enums.bloom.${o.bloom}`) : '–'],
          ...(o.eqfDomain ? [[muted(labelOf(context, `enums.eqfDomain.${o.eqfDomain}`))]] : []),
        ]),
        cell([
          ...o.competenceIds.map((id): Line => [competenceName(id)]),
          ...(o.sdgTargets.length > 0 ? [[muted(`SDG ${o.sdgTargets.join(', ')}`)]] : []),
        ]),
      ]),
    ),
  ];
}

function activityRows(design: Design, activities: LearningActivity[], context: DocumentContext): TableCell[][] {
  const { t } = context;
  const f = formats(context);
  return activities.map((a) => [
    cell([bold(activityLabel(design, a.id))]),
    cell([[bold(a.title || '–')], ...(hasText(a.description) ? [[a.description]] : [])]),
    cell([
      [a.week !== null ? t('document.journey.week', { week: a.week }) : '–'],
      // The day often repeats the week ("Week 2, Mon"): then only the rest of it is worth a line.
      ...(hasText(a.day) ? [[muted(a.day.replace(/^\s*week\s*\d+\s*[,·-]?\s*/i, '') || a.day)]] : []),
    ]),
    cell([
      [f.hours(a.durationHours)],
      ...(a.selfStudyHours > 0 ? [[muted(t('document.journey.selfStudy', { hours: f.hours(a.selfStudyHours) }))]] : []),
    ]),
    cell([
      [labelOf(context, `enums.learningType.${a.learningType}`)],
      [muted(`${labelOf(context, `enums.mode.${a.mode}`)}, ${t(`enums.grouping.${a.grouping}`)}`)],
    ]),
    cell(a.outcomeIds.map((id) => outcomeLabel(design, id)).join(', ')),
  ]);
}

function journey(context: DocumentContext): Block[] {
  const { design, t } = context;
  if (design.activities.length === 0) return [];
  const columns: [string, number][] = [
    ['', 0.6],
    [t('document.journey.activity'), 5],
    [t('document.journey.when'), 1.3],
    [t('document.journey.hours'), 1.4],
    [t('document.journey.type'), 1.8],
    [t('document.journey.outcomes'), 1.4],
  ];
  const byWeek = (a: LearningActivity, b: LearningActivity) => (a.week ?? Infinity) - (b.week ?? Infinity);
  if (design.interpretation === 'method' || design.activities.some((a) => a.phase !== null)) {
    return [...PHASES, null].flatMap((phase) => {
      const activities = design.activities.filter((a) => a.phase === phase);
      if (activities.length === 0) return [];
      return [
        heading(3, t(`enums.phase.${phase ?? 'none'}`)),
        table(columns, activityRows(design, activities, context), true),
      ];
    });
  }
  return [table(columns, activityRows(design, [...design.activities].sort(byWeek), context), true)];
}

function rubrics(context: DocumentContext): Block[] {
  const { design, t } = context;
  return design.assessments
    .filter((a) => a.rubric.criteria.length > 0 && a.rubric.levels.length > 0)
    .flatMap((a) => [
      heading(3, t('document.assessment.rubric', { label: assessmentLabel(design, a.id), title: a.title })),
      table(
        [
          [t('document.assessment.criterion'), 2],
          ...a.rubric.levels.map((level): [string, number] => [
            level.points !== null ? `${level.label} (${level.points})` : level.label,
            3,
          ]),
        ],
        a.rubric.criteria.map((criterion) => [
          cell([bold(criterion.title)]),
          ...a.rubric.levels.map((level) =>
            cell(criterion.descriptors.find((d) => d.levelId === level.id)?.text ?? ''),
          ),
        ]),
        true,
      ),
    ]);
}

function assessment(context: DocumentContext): Block[] {
  const { design, t } = context;
  const f = formats(context);
  const summative = design.assessments.filter((a) => a.purpose === 'summative');
  const total = summative.reduce((sum, a) => sum + a.weight, 0);
  const details = design.assessments.filter((a) => hasText(a.description) || a.assessors.length > 0);
  return [
    assessmentOverview(context),
    summative.length > 0 && paragraph([t('document.assessment.total'), bold(` ${f.number(total)} %`)], 'small'),
    ...details.flatMap((a) => [
      paragraph([bold(`${assessmentLabel(design, a.id)} ${a.title}`)]),
      ...textBlocks(a.description),
      ...(a.assessors.length > 0
        ? [
            paragraph(
              [
                muted(
                  t('document.assessment.assessors', {
                    assessors: a.assessors.map((x) => t(`enums.assessor.${x}`)).join(', '),
                  }),
                ),
              ],
              'small',
            ),
          ]
        : []),
    ]),
    ...rubrics(context),
  ].filter((block): block is Block => !!block);
}

/** Outcomes × activities and assessments; gaps (nothing practises or assesses an outcome) are shaded. */
export function alignmentBlocks(context: DocumentContext): Block[] {
  const { design, t, report } = context;
  const { alignment } = report;
  if (design.outcomes.length === 0) return [];
  const gap = (count: number) => (count === 0 ? { fill: GAP_FILL } : {});
  const items = [
    ...design.activities.map((a) => ({ id: a.id, label: activityLabel(design, a.id) })),
    ...design.assessments.map((a) => ({ id: a.id, label: assessmentLabel(design, a.id) })),
  ];
  if (items.length <= MAX_GRID_COLUMNS) {
    return [
      paragraph(t('document.alignment.gridIntro'), 'small'),
      table(
        [['', 1], ...items.map((item): [string, number] => [item.label, 0.8])],
        alignment.rows.map((row) => [
          cell([bold(outcomeLabel(design, row.outcomeId))], gap(row.summativeIds.length)),
          ...items.map((item) =>
            alignment.links.has(cellKey(row.outcomeId, item.id))
              ? cell('●', { fill: LINK_FILL, align: 'center' })
              : cell([''], { align: 'center' }),
          ),
        ]),
        true,
      ),
    ];
  }
  const labels = (ids: string[], label: (d: Design, id: string) => string) =>
    ids.map((id) => label(design, id)).join(', ');
  return [
    paragraph(t('document.alignment.listIntro'), 'small'),
    table(
      [
        ['', 0.8],
        [t('document.alignment.practised'), 4],
        [t('document.alignment.summative'), 2],
        [t('document.alignment.formative'), 2],
      ],
      alignment.rows.map((row) => [
        cell([bold(outcomeLabel(design, row.outcomeId))]),
        cell(labels(row.activityIds, activityLabel), gap(row.activityIds.length)),
        cell(labels(row.summativeIds, assessmentLabel), gap(row.summativeIds.length)),
        cell(labels(row.formativeIds, assessmentLabel)),
      ]),
      true,
    ),
  ];
}

function workload(context: DocumentContext): Block[] {
  const { t, report } = context;
  const f = formats(context);
  const w = report.workload;
  const total = Object.values(w.byLearningType).reduce((a, b) => a + b, 0);
  const share = (hours: number) => (total > 0 ? `${Math.round((hours / total) * 100)} %` : '–');
  const types = Object.entries(w.byLearningType).filter(([, hours]) => hours > 0);
  const phases = Object.entries(w.byPhase).filter(([, hours]) => hours > 0);
  return [
    workloadTable(context),
    types.length > 0 &&
      table(
        [
          [t('document.workload.learningType'), 3],
          [t('document.workload.hours'), 1.5],
          [t('document.workload.share'), 1],
        ],
        types.map(([type, hours]) => [
          cell(labelOf(context, `enums.learningType.${type}`)),
          cell(f.hours(hours)),
          cell(share(hours)),
        ]),
        true,
      ),
    phases.length > 1 &&
      table(
        [
          [t('document.workload.phase'), 3],
          [t('document.workload.hours'), 1.5],
          [t('document.workload.share'), 1],
        ],
        phases.map(([phase, hours]) => [cell(t(`enums.phase.${phase}`)), cell(f.hours(hours)), cell(share(hours))]),
        true,
      ),
  ].filter((block): block is Block => !!block);
}

function resources(context: DocumentContext): Block[] {
  const seen = new Set<string>();
  const items: Line[] = [];
  for (const activity of context.design.activities)
    for (const resource of activity.resources) {
      const key = `${resource.title}|${resource.url}`;
      if (seen.has(key) || (!hasText(resource.title) && !hasText(resource.url))) continue;
      seen.add(key);
      items.push([
        resource.title || resource.url,
        ...(resource.url && resource.title ? [' — ', muted(resource.url)] : []),
      ]);
    }
  return items.length > 0 ? [{ type: 'bullets', items }] : [];
}

/** The course syllabus: what a learner and a board need to know about the course, in order. */
export function syllabusBlocks(context: DocumentContext): Block[] {
  const { t } = context;
  return [
    ...section(2, t('document.syllabus.overview'), overview(context)),
    ...section(2, t('document.syllabus.interpretation'), interpretation(context)),
    ...section(2, t('document.syllabus.challenge'), challenge(context)),
    ...section(2, t('document.syllabus.competences'), competences(context)),
    ...section(2, t('document.syllabus.outcomes'), outcomes(context)),
    ...section(2, t('document.syllabus.journey'), journey(context)),
    ...section(2, t('document.syllabus.assessment'), assessment(context)),
    ...section(2, t('document.syllabus.alignment'), alignmentBlocks(context)),
    ...section(2, t('document.syllabus.workload'), workload(context)),
    ...section(2, t('document.syllabus.resources'), resources(context)),
  ];
}
