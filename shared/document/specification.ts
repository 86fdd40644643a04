import { assessmentLabel, outcomeLabel } from '../checks';
import { ANNEX_I, isAnnexElementProvided, type AnnexElement } from '../model';
import { bold, cell, hasText, link, muted, paragraph, section, table, toned } from './blocks';
import { bilingual, formats, inSecond, labelOf, type DocumentContext } from './context';
import type { Block, Line } from './model';
import { outcomesTable } from './outcomes';

/** The value of one Annex I element as lines of text; empty when the design does not state it. */
function annexValue(element: AnnexElement, context: DocumentContext): Line[] {
  const { design, t } = context;
  const c = design.credential;
  const f = formats(context);
  const atIssuing: Line = [muted(t('document.spec.completedAtIssuing'))];
  const text = (value: string): Line[] => (hasText(value) ? [[value]] : []);
  switch (element.key) {
    case 'learnerIdentification':
    case 'dateOfIssuing':
      return [atIssuing];
    case 'title': {
      const translated = context.second?.translation.title ?? '';
      return [
        ...text(design.title),
        ...(hasText(design.title) && hasText(translated) ? [[inSecond(context.second!, translated)]] : []),
      ];
    }
    case 'countries':
      return [
        ...(c.countries.length > 0 ? [[c.countries.map(f.country).join(', ')]] : []),
        ...(c.regions.length > 0 ? [[c.regions.join(', ')]] : []),
      ];
    case 'awardingBodies':
      return c.awardingBodies
        .filter((body) => hasText(body.name))
        .map((body) => [
          body.name,
          ...(body.country ? [` (${f.country(body.country)})`] : []),
          ...(body.url ? [' · ', link(body.url)] : []),
        ]);
    case 'learningOutcomes': {
      // Stated once, in the outcomes table that follows; the element names them and points there.
      const stated = design.outcomes.filter((o) => hasText(o.statement));
      if (stated.length === 0) return [];
      return [
        [
          t('document.spec.outcomesSee', {
            count: stated.length,
            first: outcomeLabel(design, stated[0]!.id),
            last: outcomeLabel(design, stated.at(-1)!.id),
            heading: bilingual(context, 'document.spec.outcomesHeading'),
          }),
        ],
      ];
    }
    case 'workload': {
      const w = context.report.workload;
      if (c.ects === null) return [];
      return [
        [bold(t('document.units.ects', { value: f.number(c.ects) }))],
        ...(w.expectedHours
          ? [
              [
                t('document.spec.workloadHours', {
                  min: f.number(w.expectedHours.min),
                  max: f.number(w.expectedHours.max),
                }),
              ],
            ]
          : []),
        [muted(t('document.spec.plannedHours', { hours: f.hours(w.totalHours) }))],
      ];
    }
    case 'level':
      return [
        ...(c.eqfLevel !== null ? [[t('document.spec.eqfLevel', { level: c.eqfLevel })]] : []),
        ...(c.qfEheaCycle ? [[t('document.spec.qfEhea', { cycle: t(`enums.qfEheaCycle.${c.qfEheaCycle}`) })]] : []),
      ];
    case 'assessmentType': {
      const summative = design.assessments.filter((a) => a.purpose === 'summative');
      return [
        ...text(c.assessmentType),
        ...summative.map((a): Line => [
          `${a.title || labelOf(context, `enums.method.${a.method}`)} (${t(`enums.method.${a.method}`)}, ${f.percent(a.weight)})`,
        ]),
      ];
    }
    case 'participationForm':
      return [
        ...(c.participationForm ? [[labelOf(context, `enums.participationForm.${c.participationForm}`)]] : []),
        ...text(c.participationNote),
      ];
    case 'qualityAssurance':
      return text(c.qualityAssurance);
    case 'prerequisites':
      return text(c.prerequisites);
    case 'supervision': {
      const levels = new Set(
        [c.supervision, ...design.assessments.map((a) => a.supervision)].filter((s) => s !== null),
      );
      return [...levels].map((level) => [labelOf(context, `enums.supervision.${level}`)]);
    }
    case 'grade':
      return [
        atIssuing,
        ...(hasText(c.gradingScheme) ? [[t('document.spec.gradingScheme', { scheme: c.gradingScheme })]] : []),
        ...(hasText(c.passRule) ? [[t('document.spec.passRule', { rule: c.passRule })]] : []),
      ];
    case 'integration':
      return [
        ...(c.integration ? [[labelOf(context, `enums.integration.${c.integration}`)]] : []),
        ...(hasText(c.stackableTowards) ? [[t('document.spec.stackableTowards', { target: c.stackableTowards })]] : []),
      ];
    case 'furtherInformation':
      return text(c.furtherInformation);
  }
}

/** Every Annex I element, mandatory and optional, with what the design says or that it is missing. */
export function annexTable(context: DocumentContext): Block {
  const { t, design } = context;
  const rows = ANNEX_I.map((element) => {
    const value = annexValue(element, context);
    const missing = value.length === 0 || !isAnnexElementProvided(design, element.key);
    const status = element.mandatory ? t('document.spec.mandatory') : t('document.spec.optional');
    return [
      cell([
        [bold(`${element.number}. ${t(`annex.${element.key}`)}`)],
        ...(context.second ? [[inSecond(context.second, context.second.t(`annex.${element.key}`))]] : []),
        [muted(status)],
      ]),
      missing
        ? cell([[element.mandatory ? toned(t('document.spec.missing'), 'error') : muted(t('document.spec.notStated'))]])
        : cell(value),
    ];
  });
  return table(
    [
      [bilingual(context, 'document.spec.element'), 2],
      [bilingual(context, 'document.spec.value'), 5],
    ],
    rows,
  );
}

/** The workload as the board reads it: where the hours go and what they amount to. */
export function workloadTable(context: DocumentContext): Block {
  const { t } = context;
  const f = formats(context);
  const w = context.report.workload;
  const row = (label: string, value: string, strong = false) => [
    cell(strong ? [bold(label)] : [label]),
    cell(strong ? [bold(value)] : [value]),
  ];
  return table(
    [
      [bilingual(context, 'document.workload.component'), 4],
      [bilingual(context, 'document.workload.hours'), 2],
    ],
    [
      row(bilingual(context, 'document.workload.guided'), f.hours(w.activityHours)),
      row(bilingual(context, 'document.workload.selfStudy'), f.hours(w.selfStudyHours)),
      row(bilingual(context, 'document.workload.assessment'), f.hours(w.assessmentHours)),
      row(bilingual(context, 'document.workload.total'), f.hours(w.totalHours), true),
      row(
        bilingual(context, 'document.workload.ectsFromHours'),
        t('document.workload.ectsRange', { min: f.number(w.ectsFromHours.min), max: f.number(w.ectsFromHours.max) }),
      ),
      ...(w.declaredEcts !== null
        ? [
            row(
              bilingual(context, 'document.workload.declared'),
              t('document.units.ects', { value: f.number(w.declaredEcts) }),
              true,
            ),
          ]
        : []),
    ],
  );
}

export function assessmentOverview(context: DocumentContext): Block | null {
  const { design, t } = context;
  if (design.assessments.length === 0) return null;
  const f = formats(context);
  return table(
    [
      ['', 0.7],
      [bilingual(context, 'document.assessment.title'), 3],
      [bilingual(context, 'document.assessment.method'), 2],
      [bilingual(context, 'document.assessment.purpose'), 1.5],
      [bilingual(context, 'document.assessment.weight'), 1],
      [bilingual(context, 'document.assessment.when'), 1.1],
      [bilingual(context, 'document.assessment.outcomes'), 1.5],
    ],
    design.assessments.map((a) => [
      cell([bold(assessmentLabel(design, a.id))]),
      cell(a.title),
      cell(labelOf(context, `enums.method.${a.method}`)),
      cell(labelOf(context, `enums.purpose.${a.purpose}`)),
      cell(a.purpose === 'summative' ? f.percent(a.weight) : '–'),
      cell(a.week !== null ? t('document.journey.week', { week: a.week }) : '–'),
      cell(a.outcomeIds.map((id) => outcomeLabel(design, id)).join(', ')),
    ]),
  );
}

/** The micro-credential specification: Annex I first, then the evidence behind it. */
export function specificationBlocks(context: DocumentContext): Block[] {
  const { t, second } = context;
  return [
    paragraph(t('document.spec.intro'), 'lead'),
    ...(second ? [paragraph([inSecond(second, second.t('document.spec.intro'))], 'small')] : []),
    ...section(2, bilingual(context, 'document.spec.annexHeading'), [annexTable(context)]),
    ...section(2, bilingual(context, 'document.spec.outcomesHeading'), [outcomesTable(context)]),
    ...section(2, bilingual(context, 'document.spec.workloadHeading'), [workloadTable(context)]),
    ...section(2, bilingual(context, 'document.spec.assessmentHeading'), [assessmentOverview(context)]),
  ];
}
