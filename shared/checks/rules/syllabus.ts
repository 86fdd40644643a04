import { assessmentLabel } from '../labels';
import { scheduleWeeks } from '../schedule';
import { ALL, blank, defineChecks } from './common';

const offering = (field: string) => ({ section: 'credential' as const, field: `offering.${field}` });

/**
 * What a European syllabus states beyond Annex I and a board asks for: the languages it is
 * taught in, who teaches it and how to reach them, the pass rule, when and where it runs, and
 * assessments that fall within the schedule.
 */
export const syllabusChecks = defineChecks([
  {
    code: 'syllabus.languages-missing',
    severity: 'warning',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) =>
      design.offering.languagesOfInstruction.length === 0 ? [{ target: offering('languagesOfInstruction') }] : [],
  },
  {
    code: 'syllabus.teachers-missing',
    severity: 'warning',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) => (design.offering.teachers.some((t) => !blank(t.name)) ? [] : [{ target: offering('teachers') }]),
  },
  {
    code: 'syllabus.contact-missing',
    severity: 'warning',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) => {
      const { teachers, contact } = design.offering;
      const named = teachers.filter((t) => !blank(t.name));
      return named.length > 0 && named.every((t) => blank(t.email)) && blank(contact)
        ? [{ target: offering('contact') }]
        : [];
    },
  },
  {
    code: 'syllabus.pass-rule-missing',
    severity: 'warning',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) =>
      design.assessments.some((a) => a.purpose === 'summative') && blank(design.credential.passRule)
        ? [{ target: { section: 'credential', field: 'passRule' } }]
        : [],
  },
  {
    code: 'syllabus.dates-missing',
    severity: 'advice',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) => (design.offering.startDate && design.offering.endDate ? [] : [{ target: offering('startDate') }]),
  },
  {
    code: 'syllabus.place-missing',
    severity: 'advice',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) => (blank(design.offering.location) ? [{ target: offering('location') }] : []),
  },
  {
    code: 'syllabus.assessment-after-schedule',
    severity: 'warning',
    family: 'syllabus',
    interpretations: ALL,
    run: (design) => {
      const schedule = scheduleWeeks(design);
      if (!schedule) return [];
      return design.assessments
        .filter((a) => a.week !== null && a.week > schedule.last)
        .map((a) => ({
          params: {
            assessment: assessmentLabel(design, a.id),
            week: a.week!,
            last: schedule.last,
            // The weeks the dates cover, for the message's plural form.
            count: schedule.last,
            context: schedule.fromDates ? 'dates' : 'activities',
          },
          target: { section: 'assessment' as const, itemId: a.id, field: 'week' },
        }));
    },
  },
]);
