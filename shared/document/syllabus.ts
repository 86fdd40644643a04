import { activityLabel, assessmentLabel, cellKey, outcomeLabel, scheduleWeeks } from '../checks';
import { PHASES, type Design, type LearningActivity } from '../model';
import { bold, cell, facts, hasText, heading, link, muted, paragraph, section, table, textBlocks } from './blocks';
import { formats, labelOf, sdgLabel, type DocumentContext } from './context';
import type { Block, Line, TableCell } from './model';
import { outcomesTable } from './outcomes';
import { frameworksNote, frameworksUsed, hubNote, sdgNote } from './reference-notes';
import { assessmentOverview, workloadTable } from './specification';

/** How the syllabus is printed: on its own, or inside a proposal after the specification (then it refers, not repeats). */
export interface SyllabusOptions {
  inProposal?: boolean;
}

/** "See the specification, Learning outcomes": what a proposal's syllabus says instead of repeating a table. */
function seeSpecification(context: DocumentContext, heading: string): Block {
  return paragraph([muted(context.t('document.syllabus.seeSpecification', { heading }))]);
}

/** "4 May – 12 June 2026 (6 weeks)": the dates of the offering, or the weeks the schedule covers. */
export function offeringDates(context: DocumentContext): string | null {
  const { design, t } = context;
  const { startDate, endDate } = design.offering;
  const weeks = scheduleWeeks(design);
  if (startDate && endDate) {
    const range = new Intl.DateTimeFormat(design.language === 'en' ? 'en-GB' : design.language, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).formatRange(new Date(startDate), new Date(endDate));
    return weeks ? `${range} (${t('document.overview.weeks', { count: weeks.last })})` : range;
  }
  if (startDate) return t('document.overview.startsOn', { date: formats(context).date(startDate) });
  return weeks ? t('document.overview.weeks', { count: weeks.last }) : null;
}
/** Above this many activities and assessments a full grid gets unreadable; rows list the links instead. */
const MAX_GRID_COLUMNS = 16;

function overview(context: DocumentContext, options: SyllabusOptions): Block[] {
  const { design, t, index } = context;
  const f = formats(context);
  const c = design.credential;
  const o = design.offering;
  const hub = index.hub(design.challenge.hub);
  return [
    ...(options.inProposal ? [] : textBlocks(design.summary, 'lead')),
    facts([
      [t('document.overview.interpretation'), t(`enums.interpretation.${design.interpretation}`)],
      [t('document.overview.credits'), c.ects !== null ? t('document.units.ects', { value: f.number(c.ects) }) : null],
      [t('document.overview.level'), c.eqfLevel !== null ? t('document.spec.eqfLevel', { level: c.eqfLevel }) : null],
      [
        t('document.overview.participation'),
        c.participationForm ? labelOf(context, `enums.participationForm.${c.participationForm}`) : null,
      ],
      [
        t('document.overview.languages'),
        o.languagesOfInstruction.length > 0 ? f.list(o.languagesOfInstruction.map(f.language)) : null,
      ],
      [t('document.overview.dates'), offeringDates(context)],
      [t('document.overview.place'), o.location],
      [t('document.overview.prerequisites'), c.prerequisites],
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
    ...hubNote(context),
  ].filter((block): block is Block => !!block);
}

/** The reading of challenge-based learning, stated for the reader in one paragraph (designer guidance stays in the app). */
function interpretation(context: DocumentContext): Block[] {
  const guide = context.index.interpretation(context.design.interpretation);
  return [paragraph([bold(guide.name), ` — ${guide.tagline}`]), paragraph(guide.forReaders)];
}

function sdgBlocks(context: DocumentContext): Block[] {
  const { design, index, t } = context;
  const goals = design.challenge.sdgGoals.flatMap((n) => index.goal(n) ?? []);
  if (goals.length === 0 && design.challenge.sdgTargets.length === 0) return [];
  const targets = design.challenge.sdgTargets.flatMap((code) => index.target(code) ?? []);
  return [
    heading(3, t('document.challenge.sdgs')),
    {
      type: 'badges',
      items: goals.map((g) => ({ text: `${sdgLabel(context, g.goal)} ${g.short}`, color: g.colour.slice(1) })),
    },
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
    ...sdgNote(context),
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
          ...(source.escoUri ? [[link(source.escoUri)]] : []),
        ]),
        cell(competence.targetLevel),
        cell(competence.note),
      ]);
    }
  }
  return [
    ...[...groups].flatMap(([group, rows]) => [
      heading(3, group),
      table(
        [
          [t('document.competences.competence'), 5],
          [t('document.competences.level'), 1.5],
          [t('document.competences.note'), 2.5],
        ],
        rows,
      ),
    ]),
    ...frameworksNote(context, frameworksUsed(context)),
  ];
}

function outcomes(context: DocumentContext, options: SyllabusOptions): Block[] {
  const { t } = context;
  if (context.design.outcomes.length === 0) return [];
  if (options.inProposal) return [seeSpecification(context, t('document.spec.outcomesHeading'))];
  const table = outcomesTable(context);
  return table ? [table] : [];
}

function dayLine(activity: LearningActivity): Line[] {
  if (!hasText(activity.day)) return [];
  const rest = activity.day.replace(/^\s*weeks?\s*\d+(?:\s*[-–]\s*\d+)?\s*[,·-]?\s*/i, '').trim();
  // "Week 1" under "Week 1" says nothing new; "Weeks 7-8" under "Week 7" does.
  if (rest === '' && activity.week !== null && /^\s*week\s*\d+\s*$/i.test(activity.day)) return [];
  return [[muted(rest || activity.day)]];
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
      ...dayLine(a),
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

function rubric(context: DocumentContext, a: Design['assessments'][number]): Block[] {
  const { t } = context;
  if (a.rubric.criteria.length === 0 || a.rubric.levels.length === 0) return [];
  return [
    heading(4, t('document.assessment.rubric')),
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
        ...a.rubric.levels.map((level) => cell(criterion.descriptors.find((d) => d.levelId === level.id)?.text ?? '')),
      ]),
      true,
    ),
  ];
}

/** Grading scheme, pass rule and weights: how a learner passes. */
function grading(context: DocumentContext): Block[] {
  const { design, t } = context;
  const f = formats(context);
  const c = design.credential;
  const summative = design.assessments.filter((a) => a.purpose === 'summative');
  const total = summative.reduce((sum, a) => sum + a.weight, 0);
  return section(3, t('document.assessment.grading'), [
    facts([
      [t('document.assessment.gradingScheme'), c.gradingScheme],
      [t('document.assessment.passRule'), c.passRule],
      [t('document.assessment.total'), summative.length > 0 ? f.percent(total) : null],
    ]),
  ]);
}

function assessment(context: DocumentContext, options: SyllabusOptions): Block[] {
  const { design, t } = context;
  const f = formats(context);
  return [
    options.inProposal && design.assessments.length > 0
      ? seeSpecification(context, t('document.spec.assessmentHeading'))
      : assessmentOverview(context),
    ...grading(context),
    ...design.assessments.flatMap((a) => [
      heading(3, `${assessmentLabel(design, a.id)} ${a.title || labelOf(context, `enums.method.${a.method}`)}`),
      facts([
        [t('document.assessment.when'), a.week !== null ? t('document.journey.week', { week: a.week }) : null],
        [
          t('document.assessment.method'),
          `${labelOf(context, `enums.method.${a.method}`)}, ${t(`enums.purpose.${a.purpose}`)}${
            a.purpose === 'summative' ? `, ${f.percent(a.weight)}` : ''
          }`,
        ],
        [
          t('document.assessment.assessedBy'),
          a.assessors.length > 0 ? a.assessors.map((x) => t(`enums.assessor.${x}`)).join(', ') : null,
        ],
        [
          t('document.assessment.supervision'),
          a.supervision ? labelOf(context, `enums.supervision.${a.supervision}`) : null,
        ],
        [t('document.assessment.outcomes'), a.outcomeIds.map((id) => outcomeLabel(design, id)).join(', ')],
      ]),
      ...textBlocks(a.description),
      ...rubric(context, a),
    ]),
  ].filter((block): block is Block => !!block);
}

/** Outcomes × activities and assessments; gaps (nothing practises or assesses an outcome) are shaded. */
export function alignmentBlocks(context: DocumentContext): Block[] {
  const { design, t, report } = context;
  const { alignment } = report;
  if (design.outcomes.length === 0) return [];
  const gap = (count: number) => (count === 0 ? { shade: 'gap' as const } : {});
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
              ? cell('●', { shade: 'link', align: 'center' })
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

function workload(context: DocumentContext, options: SyllabusOptions): Block[] {
  const { t, report } = context;
  const f = formats(context);
  const w = report.workload;
  const total = Object.values(w.byLearningType).reduce((a, b) => a + b, 0);
  const share = (hours: number) => (total > 0 ? f.percent(Math.round((hours / total) * 100)) : '–');
  const types = Object.entries(w.byLearningType).filter(([, hours]) => hours > 0);
  const phases = Object.entries(w.byPhase).filter(([, hours]) => hours > 0);
  return [
    options.inProposal ? seeSpecification(context, t('document.spec.workloadHeading')) : workloadTable(context),
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
      items.push(
        resource.url && !resource.title
          ? [link(resource.url)]
          : [resource.title, ...(resource.url ? [' — ', link(resource.url)] : [])],
      );
    }
  return items.length > 0 ? [{ type: 'bullets', items }] : [];
}

/** The teaching team and how to reach them. */
function teachers(context: DocumentContext): Block[] {
  const { design, t } = context;
  const { teachers: people, contact } = design.offering;
  const named = people.filter((p) => hasText(p.name));
  return [
    named.length > 0 &&
      table(
        [
          [t('document.teachers.name'), 2.5],
          [t('document.teachers.role'), 3.5],
          [t('document.teachers.email'), 2.5],
        ],
        named.map((p) => [
          cell([[bold(p.name)], ...(hasText(p.institution) ? [[muted(p.institution)]] : [])]),
          cell(p.role),
          cell(hasText(p.email) ? [link(`mailto:${p.email.trim()}`, p.email.trim())] : '–'),
        ]),
      ),
    ...textBlocks(contact),
  ].filter((block): block is Block => !!block);
}

function qualityAssurance(context: DocumentContext): Block[] {
  return textBlocks(context.design.credential.qualityAssurance);
}

/** The course syllabus: what a learner and a board need to know about the course, in order. */
export function syllabusBlocks(context: DocumentContext, options: SyllabusOptions = {}): Block[] {
  const { t } = context;
  return [
    ...section(2, t('document.syllabus.overview'), overview(context, options)),
    ...section(2, t('document.syllabus.interpretation'), interpretation(context)),
    ...section(2, t('document.syllabus.challenge'), challenge(context)),
    ...section(2, t('document.syllabus.competences'), competences(context)),
    ...section(2, t('document.syllabus.outcomes'), outcomes(context, options)),
    ...section(2, t('document.syllabus.journey'), journey(context)),
    ...section(2, t('document.syllabus.assessment'), assessment(context, options)),
    ...section(2, t('document.syllabus.alignment'), alignmentBlocks(context)),
    ...section(2, t('document.syllabus.workload'), workload(context, options)),
    ...section(2, t('document.syllabus.teachers'), teachers(context)),
    ...section(2, t('document.syllabus.quality'), qualityAssurance(context)),
    ...section(2, t('document.syllabus.resources'), resources(context)),
  ];
}
