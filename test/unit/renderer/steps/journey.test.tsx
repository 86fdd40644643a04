// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { groupActivities } from '../../../../renderer/steps/journey/journey-groups';
import { JourneyStep } from '../../../../renderer/steps/journey/JourneyStep';
import { WorkloadChart } from '../../../../renderer/steps/journey/WorkloadChart';
import { createActivity, createOutcome, type Design, type LearningActivity } from '../../../../shared/model';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const activity = (id: string, fields: Partial<LearningActivity>) =>
  createActivity({ id, title: id, durationHours: 1, ...fields });

/** The sample design read as a method (the journey is then grouped by phase). */
function methodDesign(): Design {
  const design = sampleDesign();
  design.interpretation = 'method';
  design.activities = [
    activity('Kick-off', { phase: 'engage', durationHours: 2, selfStudyHours: 1, learningType: 'discussion' }),
    activity('Interviews', { phase: 'investigate', durationHours: 3, learningType: 'investigation' }),
  ];
  return design;
}

describe('groupActivities', () => {
  const activities = [
    activity('a', { phase: 'act', week: 3, durationHours: 1.25 }),
    activity('b', { phase: null, week: null, selfStudyHours: 2 }),
    activity('c', { phase: 'engage', week: 1, durationHours: 2.1, selfStudyHours: 0.2 }),
    activity('d', { phase: 'act', week: 1 }),
  ];

  it('by phase: every phase in order, then the activities without one', () => {
    const groups = groupActivities(activities, 'phase');
    expect(groups.map((g) => [g.key, g.activities.map((a) => a.id), g.hours])).toEqual([
      ['engage', ['c'], 2.3],
      ['investigate', [], 0],
      ['act', ['a', 'd'], 2.3],
      ['none', ['b'], 3],
    ]);
  });

  it('by week: the weeks in use in order, then no week, with design indexes', () => {
    const groups = groupActivities(activities, 'week');
    expect(groups.map((g) => [g.week, g.activities])).toEqual([
      [
        1,
        [
          { id: 'c', index: 2 },
          { id: 'd', index: 3 },
        ],
      ],
      [3, [{ id: 'a', index: 0 }]],
      [null, [{ id: 'b', index: 1 }]],
    ]);
  });
});

describe('JourneyStep', () => {
  it('shows the activities in their phase sections', () => {
    renderStep(<JourneyStep />, methodDesign());
    const investigate = within(screen.getByRole('region', { name: 'Investigate' }));
    expect(investigate.getByRole('heading', { name: 'Interviews' })).toBeTruthy();
    expect(investigate.getByText('3 h')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Act' })).getByText('Nothing planned in this phase yet.'),
    ).toBeTruthy();
  });

  it('adding to a phase creates an activity in that phase', async () => {
    const { user, design } = renderStep(<JourneyStep />, methodDesign());
    await user.click(screen.getByRole('button', { name: 'Add an activity to Investigate' }));
    expect(design().activities).toHaveLength(3);
    expect(design().activities[2]!.phase).toBe('investigate');
    const investigate = within(screen.getByRole('region', { name: 'Investigate' }));
    expect(investigate.getByRole('heading', { name: 'Activity 3' })).toBeTruthy();
  });

  it('the move buttons reorder the activities', async () => {
    const { user, design } = renderStep(<JourneyStep />, methodDesign());
    expect(screen.getByRole('button', { name: 'Move Interviews down' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Move Kick-off down' }));
    expect(design().activities.map((a) => a.id)).toEqual(['Interviews', 'Kick-off']);
    await user.click(screen.getByRole('button', { name: 'Move Kick-off up' }));
    expect(design().activities.map((a) => a.id)).toEqual(['Kick-off', 'Interviews']);
  });

  it('removing an activity takes it out of the design', async () => {
    const { user, design } = renderStep(<JourneyStep />, methodDesign());
    await user.click(screen.getByRole('button', { name: 'Remove Kick-off' }));
    expect(design().activities.map((a) => a.id)).toEqual(['Interviews']);
  });

  it('a partnership journey is grouped by week and adds to the last week', async () => {
    const design0 = sampleDesign();
    design0.activities.push(activity('ac-2', { week: 4 }));
    const { user, design } = renderStep(<JourneyStep />, design0);
    expect(screen.getByRole('region', { name: 'Week 4' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'No week' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add an activity' }));
    expect(design().activities.at(-1)!.week).toBe(4);
  });

  it('a partnership journey can be shown by phase instead', async () => {
    const { user, design } = renderStep(<JourneyStep />);
    expect(screen.queryByRole('region', { name: 'Investigate' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'By phase' }));
    await user.click(screen.getByRole('button', { name: 'Add an activity to Investigate' }));
    expect(design().activities.at(-1)!.phase).toBe('investigate');
  });
});

describe('ActivityEditor', () => {
  const card = (name: string) => within(screen.getByRole('region', { name }));

  it('edits the title, phase, hours and outcome links of one activity', async () => {
    const { user, design } = renderStep(<JourneyStep />, methodDesign());
    const kickOff = card('Kick-off');
    await user.type(kickOff.getByRole('textbox', { name: 'Title' }), ' meeting');
    await user.selectOptions(kickOff.getByRole('combobox', { name: 'Phase' }), 'Act');
    expect(design().activities[0]).toMatchObject({ title: 'Kick-off meeting', phase: 'act' });
    expect(
      within(screen.getByRole('region', { name: 'Act' })).getByRole('heading', { name: 'Kick-off meeting' }),
    ).toBeTruthy();

    const hours = card('Kick-off meeting').getByRole('textbox', { name: 'Guided hours' });
    await user.clear(hours);
    await user.type(hours, '4');
    await user.click(card('Kick-off meeting').getByRole('checkbox', { name: 'LO1 Analyse mobility data' }));
    expect(design().activities[0]).toMatchObject({ durationHours: 4, outcomeIds: ['lo-1'] });
  });

  it('takes "1,5" hours as one and a half, and clearing the hours keeps the field empty while storing 0', async () => {
    const { user, design } = renderStep(<JourneyStep />, methodDesign());
    const hours = card('Kick-off').getByRole('textbox', { name: 'Guided hours' });
    await user.clear(hours);
    expect(hours).toHaveProperty('value', '');
    expect(design().activities[0]!.durationHours).toBe(0);
    await user.type(hours, '1,5');
    expect(hours).toHaveProperty('value', '1,5');
    expect(design().activities[0]!.durationHours).toBe(1.5);
  });

  it('typing a two-digit week in the week view keeps the card (and the typing) where it is until the field is left', async () => {
    const weekly = methodDesign();
    weekly.interpretation = 'partnership';
    weekly.activities.forEach((activity) => Object.assign(activity, { phase: null, week: 1 }));
    const { user, design } = renderStep(<JourneyStep />, weekly);
    const week = card('Kick-off').getByRole('textbox', { name: 'Week' });
    await user.clear(week);
    await user.type(week, '12');
    expect(week).toHaveProperty('value', '12');
    expect(document.activeElement).toBe(week);
    await user.tab();
    expect(design().activities[0]!.week).toBe(12);
    expect(
      within(screen.getByRole('region', { name: 'Week 12' })).getByRole('heading', { name: 'Kick-off' }),
    ).toBeTruthy();
  });

  it('sets the day and adds a resource whose web address follows the model’s rule', async () => {
    const { user, design } = renderStep(<JourneyStep />, methodDesign());
    const kickOff = card('Kick-off');
    await user.type(kickOff.getByRole('textbox', { name: 'Day' }), 'Week 1, Tue');
    await user.click(kickOff.getByRole('button', { name: 'Add a resource' }));
    await user.type(kickOff.getByRole('textbox', { name: 'Title of resource 1' }), 'Open data portal');
    const address = kickOff.getByRole('textbox', { name: 'Web address of resource 1' });
    await user.type(address, 'https://[[');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(design().activities[0]!.resources[0]!.url).toBe('');
    await user.clear(address);
    await user.type(address, 'https://data.lille.fr');
    expect(address.getAttribute('aria-invalid')).toBeNull();
    expect(design().activities[0]).toMatchObject({
      day: 'Week 1, Tue',
      resources: [{ title: 'Open data portal', url: 'https://data.lille.fr' }],
    });
    await user.click(kickOff.getByRole('button', { name: 'Remove Open data portal' }));
    expect(design().activities[0]!.resources).toEqual([]);
  });
});

describe('ActivityEditor with many outcomes', () => {
  /** 40 outcomes (a design may have 500): every card listing them all would mean 250,000 boxes. */
  function manyOutcomes(): Design {
    const design = methodDesign();
    design.outcomes = Array.from({ length: 40 }, (_, i) =>
      createOutcome({ id: `lo-${i + 1}`, statement: `Outcome number ${i + 1}` }),
    );
    design.activities[0]!.outcomeIds = ['lo-3', 'lo-40'];
    return design;
  }
  const links = (name: string) =>
    within(within(screen.getByRole('region', { name })).getByRole('group', { name: 'Practises these outcomes' }));

  it('shows the linked outcomes, and all of them (with a filter) on request', async () => {
    const { user, design } = renderStep(<JourneyStep />, manyOutcomes());
    const kickOff = links('Kick-off');
    expect(kickOff.getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual([
      'LO3 Outcome number 3',
      'LO40 Outcome number 40',
    ]);
    expect(links('Interviews').getByText('None linked yet.')).toBeTruthy();
    expect(links('Interviews').queryAllByRole('checkbox')).toHaveLength(0);

    await user.click(kickOff.getByRole('button', { name: 'Show all 40' }));
    expect(kickOff.getAllByRole('checkbox')).toHaveLength(40);
    await user.type(kickOff.getByRole('searchbox', { name: 'Filter' }), 'number 1');
    // "number 1", "number 10" … "number 19"
    expect(kickOff.getAllByRole('checkbox')).toHaveLength(11);
    await user.click(kickOff.getByRole('checkbox', { name: 'LO12 Outcome number 12' }));
    await user.click(kickOff.getByRole('button', { name: 'Show only the linked ones' }));
    expect(kickOff.getAllByRole('checkbox')).toHaveLength(3);
    await user.click(kickOff.getByRole('checkbox', { name: 'LO3 Outcome number 3' }));
    expect(design().activities[0]!.outcomeIds).toEqual(['lo-40', 'lo-12']);
    // Unlinking does not make the box vanish under the pointer: it goes at the next opening.
    expect(kickOff.getAllByRole('checkbox')).toHaveLength(3);
  });
});

describe('WorkloadChart', () => {
  const hoursOf = (type: string) =>
    screen.getByRole('rowheader', { name: type }).closest('tr')!.querySelector('.numeric')!.textContent;

  it('shows the hours and share per learning type from the design', () => {
    renderStep(<WorkloadChart />, methodDesign());
    expect(hoursOf('Discussion')).toBe('3 h · 50 %');
    expect(hoursOf('Investigation')).toBe('3 h · 50 %');
    expect(hoursOf('Practice')).toBe('0 h · 0 %');
    expect(screen.getByText(/^6 h in total \(activities 5, self study 1, assessment 0\)/)).toBeTruthy();
  });

  it('shows time per phase in the method reading, elsewhere once a phase is used, else time per week', () => {
    renderStep(<WorkloadChart />, methodDesign());
    expect(screen.getByRole('heading', { name: 'Time per phase' })).toBeTruthy();
    cleanup();
    const weekly = methodDesign();
    weekly.interpretation = 'partnership';
    weekly.activities.forEach((activity, index) => Object.assign(activity, { phase: null, week: index + 1 }));
    renderStep(<WorkloadChart />, weekly);
    expect(screen.queryByRole('heading', { name: 'Time per phase' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Time per week' })).toBeTruthy();
    expect(hoursOf('Week 1')).toBe('3 h · 50 %');
    expect(hoursOf('Week 2')).toBe('3 h · 50 %');
  });

  it('follows edits to the design', async () => {
    const { user } = renderStep(<JourneyStep />, methodDesign());
    const hours = within(screen.getByRole('region', { name: 'Interviews' })).getByRole('textbox', {
      name: 'Self-study hours',
    });
    await user.clear(hours);
    await user.type(hours, '6');
    expect(hoursOf('Investigation')).toBe('9 h · 75 %');
  });
});
