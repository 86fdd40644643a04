import { createActivity, createAssessment, createOutcome, type Design } from '../../shared/model';
import { clone, loadExample } from './designs';

/**
 * Designs that break naive document renderers, for the conformance harness: many items, a text
 * longer than a page, scripts and directions mixed inside one sentence, emoji, markup characters.
 */
export const STRESS_TEXT = {
  greek: 'Ανάλυση της αστικής θερμότητας',
  romanian: 'Școală, învățare și țară: ăâîșț ĂÂÎȘȚ',
  hebrew: 'תחבורה ציבורית נגישה',
  arabic: 'النقل العام للجميع',
  emoji: 'Team spirit 🌍🚲✨',
  markup: 'R&D < 5 & >',
};

const SENTENCE =
  'Learners gather evidence with residents and the municipality, weigh it against the published plans and explain the trade-offs to people who did not take part.';

/** The partnership example grown to 40 outcomes, one of them longer than a page, with mixed scripts everywhere. */
export function stressDesign(): Design {
  const design = clone(loadExample('partnership'));
  const { greek, romanian, hebrew, arabic, emoji, markup } = STRESS_TEXT;
  design.id = 'stress-design';
  design.title = `Stress: ${markup} ${romanian.split(':')[0]} ${greek} ${emoji}`;
  design.summary = `Mixed scripts in one sentence: ${greek}; ${romanian}; Hebrew "${hebrew}" and Arabic "${arabic}" inside Latin text; ${emoji}; ${markup}.`;
  design.challenge.statement = `How can ${hebrew} and ${arabic} be served by the same timetable? ${markup}`;
  const base = design.outcomes[0]!;
  const long = Array.from({ length: 60 }, (_, i) => `${SENTENCE} (${i + 1})`).join(' ');
  design.outcomes = Array.from({ length: 40 }, (_, i) =>
    createOutcome({
      ...base,
      id: `lo-${i + 1}`,
      statement:
        i === 6
          ? `Analyse ${long}`
          : i % 10 === 1
            ? `Compare ${greek} with ${romanian} and explain ${hebrew} to ${arabic} users ${emoji}`
            : `Evaluate measure ${i + 1} for ${markup}: ${SENTENCE}`,
    }),
  );
  const ids = design.outcomes.map((o) => o.id);
  design.activities = design.activities.map((activity, i) => ({
    ...activity,
    title: i === 0 ? `${activity.title} ${arabic} ${emoji}` : activity.title,
    outcomeIds: ids.filter((_, o) => o % design.activities.length === i),
  }));
  design.activities.push(
    createActivity({
      id: 'act-stress',
      title: `Workshop ${greek}`,
      description: `${romanian} ${hebrew} ${markup}`,
      week: 2,
      durationHours: 3,
      outcomeIds: ids.slice(0, 3),
      resources: [{ id: 'res-stress', title: `Reading ${markup}`, url: 'https://example.org/r&d?x=1&y=2' }],
    }),
  );
  design.assessments = design.assessments.map((assessment, i) => ({
    ...assessment,
    outcomeIds: ids.filter((_, o) => o % design.assessments.length === i),
    rubric: {
      ...assessment.rubric,
      criteria: assessment.rubric.criteria.map((criterion, c) => ({
        ...criterion,
        outcomeIds: [],
        descriptors: criterion.descriptors.map((d) => ({
          ...d,
          text: c === 0 ? `${d.text} ${greek} ${hebrew} ${emoji}` : d.text,
        })),
      })),
    },
  }));
  design.review.comments = [
    {
      id: 'cm-1',
      anchor: { section: 'outcomes', itemId: 'lo-7' },
      author: 'Γιώργος Παπαδόπουλος',
      createdAt: '2026-02-01T10:00:00Z',
      text: `The outcome is longer than a page ${markup} ${arabic}`,
      resolved: false,
      resolvedAt: null,
      resolvedBy: '',
    },
    {
      id: 'cm-2',
      anchor: { section: 'credential', itemId: 'qualityAssurance' },
      author: 'Ana Pop',
      createdAt: '2026-02-02T10:00:00Z',
      text: `Name the committee. ${romanian}`,
      resolved: true,
      resolvedAt: '2026-02-03T10:00:00Z',
      resolvedBy: 'Ana Pop',
    },
  ];
  design.review.decision = {
    status: 'changes-requested',
    reviewer: 'Ana Pop',
    date: '2026-02-03T10:00:00Z',
    note: `Please shorten LO7. ${hebrew}`,
  };
  design.review.history = [{ status: 'submitted', reviewer: 'Ana Pop', date: '2026-02-01T09:00:00Z', note: '' }];
  return design;
}

/** A design written entirely in Arabic: a right-to-left document with Latin codes and numbers inside. */
export function arabicDesign(): Design {
  const design = clone(loadExample('theme'));
  const ar = (n: number) =>
    `النتيجة ${n}: تحليل مخاطر الحرارة في المدينة باستخدام البيانات المفتوحة والملاحظة الميدانية`;
  design.id = 'arabic-design';
  design.language = 'ar';
  design.title = 'الحرارة الحضرية والصحة في المدن الأوروبية';
  design.summary =
    'شهادة مصغرة عن الحرارة الحضرية والصحة. يحلل المتعلمون المخاطر في حي حقيقي ويقترحون أولويات التكيف (3 ECTS، المستوى 6).';
  design.challenge.statement = 'كيف يمكن للمدن حماية السكان الأكثر تعرضا للحرارة الشديدة؟';
  design.challenge.context.description = 'موجات الحر هي أخطر المخاطر المناخية في أوروبا اليوم.';
  design.outcomes = design.outcomes.map((outcome, i) => ({ ...outcome, statement: ar(i + 1) }));
  design.activities = design.activities.map((activity, i) => ({
    ...activity,
    title: `الجلسة ${i + 1}: ورشة عمل`,
    description: 'يعمل المتعلمون في فرق على تحليل البيانات المفتوحة.',
  }));
  design.assessments = design.assessments.map((assessment, i) =>
    createAssessment({
      ...assessment,
      title: `التقييم ${i + 1}`,
      description: 'تقرير تحليلي فردي يقيم وفق معايير منشورة.',
    }),
  );
  return design;
}
