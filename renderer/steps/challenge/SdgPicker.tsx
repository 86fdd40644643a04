import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/** Removes targets (from the challenge and from every outcome) whose goal is no longer chosen. */
function keepTargets(codes: string[], goals: number[]) {
  return codes.filter((code) => goals.includes(Number(code.split('.')[0])));
}

/** The 17 goals as toggles in their own colours; targets of the chosen goals, searchable. */
export function SdgPicker({ hint }: { hint?: string }) {
  const { t } = useTranslation();
  const goals = useAppStore((s) => s.catalog!.sdg.goals);
  const chosenGoals = useDesignStore((s) => s.design!.challenge.sdgGoals);
  const chosenTargets = useDesignStore((s) => s.design!.challenge.sdgTargets);
  const update = useDesignStore((s) => s.update);
  const [query, setQuery] = useState('');

  const toggleGoal = (goal: number) =>
    update((design) => {
      const { challenge } = design;
      const next = challenge.sdgGoals.includes(goal)
        ? challenge.sdgGoals.filter((g) => g !== goal)
        : [...challenge.sdgGoals, goal].sort((a, b) => a - b);
      challenge.sdgGoals = next;
      challenge.sdgTargets = keepTargets(challenge.sdgTargets, next);
      for (const outcome of design.outcomes) outcome.sdgTargets = keepTargets(outcome.sdgTargets, next);
    });
  const toggleTarget = (code: string) =>
    update((design) => {
      const { challenge } = design;
      if (challenge.sdgTargets.includes(code)) {
        challenge.sdgTargets = challenge.sdgTargets.filter((c) => c !== code);
        for (const outcome of design.outcomes) outcome.sdgTargets = outcome.sdgTargets.filter((c) => c !== code);
      } else challenge.sdgTargets = [...challenge.sdgTargets, code];
    });

  const targets = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return goals
      .filter((goal) => chosenGoals.includes(goal.goal))
      .flatMap((goal) => goal.targets.map((target) => ({ ...target, goal })))
      .filter((target) => words.every((word) => `${target.code} ${target.title}`.toLowerCase().includes(word)));
  }, [goals, chosenGoals, query]);

  return (
    <fieldset className="field-group" data-field="challenge.sdgGoals">
      <legend>{t('challengeStep.sdgGoals')}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ul className="sdg-grid" role="list">
        {goals.map((goal) => {
          const pressed = chosenGoals.includes(goal.goal);
          return (
            <li key={goal.goal}>
              <button
                type="button"
                className="sdg-tile"
                aria-pressed={pressed}
                title={goal.title}
                style={{ ['--sdg' as string]: goal.colour }}
                onClick={() => toggleGoal(goal.goal)}
              >
                <span className="sdg-number">{goal.goal}</span>
                <span className="sdg-short">{goal.short}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {chosenGoals.length > 0 && (
        <div className="sdg-targets" data-field="challenge.sdgTargets">
          <label className="field">
            <span>{t('challengeStep.searchTargets')}</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <p className="muted" aria-live="polite">
            {t('challengeStep.targetsChosen', { count: chosenTargets.length })}
          </p>
          <ul className="target-list" role="list">
            {targets.map((target) => (
              <li key={target.code} style={{ ['--sdg' as string]: target.goal.colour }}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={chosenTargets.includes(target.code)}
                    onChange={() => toggleTarget(target.code)}
                  />
                  <span>
                    <strong>{target.code}</strong> {target.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
