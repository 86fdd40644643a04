import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BLOOM_LEVELS,
  EQF_DOMAINS,
  createOutcome,
  moveItem,
  removeOutcome,
  toggleLink,
  type Design,
  type LearningOutcome,
} from '../../../shared/model';
import type { BloomVerbs } from '../../../shared/catalog';
import type { VerbIndex } from '../../../shared/checks';
import { DraftTextField, LongTextField, SelectField } from '../../components/fields';
import { useLanguageName } from '../../i18n/language-name';
import { EmptyState, ItemActions, ItemCard, LinkChecklist } from '../../components/lists';
import { verbIndexFor } from '../../state/use-check-report';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { draftById, itemById } from '../../state/items';
import { useDesignCatalog } from '../../state/use-design-catalog';
import { competenceLabel } from '../competences/competence-search';
import { outcomeFeedback, withVerb } from './outcome-feedback';

/** Outcome builder: verbs per Bloom level, EQF domain, links to competences and SDG targets. */
export function OutcomesStep() {
  const { t } = useTranslation();
  const outcomeIds = useDesignStore((s) => s.design!.outcomes.map((o) => o.id).join(' '));
  const interpretation = useDesignStore((s) => s.design!.interpretation);
  const examples = useAppStore(
    (s) => s.catalog!.interpretations.find((g) => g.id === interpretation)!.steps.outcomes.examples,
  );
  const update = useDesignStore((s) => s.update);
  const competences = useDesignStore((s) => s.design!.competences);
  const targets = useDesignStore((s) => s.design!.challenge.sdgTargets);
  const { sdg, frameworks } = useAppStore((s) => s.catalog!);
  // Verbs in the design's language: the outcome is written in it.
  const bloom = useDesignCatalog()?.bloom;
  // What every card shares, worked out once here: with 500 outcomes, a card that subscribed to all
  // of it itself would add thousands of store listeners that run on every keystroke.
  const shared = useMemo<SharedProps | null>(
    () =>
      bloom
        ? {
            update,
            bloom,
            verbs: verbIndexFor(bloom),
            competenceOptions: competences.map((c) => ({ id: c.id, label: competenceLabel(frameworks, c) })),
            targetOptions: targets.map((code) => ({
              id: code,
              label: `${code} ${sdg.goals.flatMap((g) => g.targets).find((target) => target.code === code)?.title ?? ''}`,
            })),
          }
        : null,
    [update, bloom, competences, targets, sdg, frameworks],
  );
  const ids = outcomeIds ? outcomeIds.split(' ') : [];
  return (
    <div className="step-form">
      <h3 className="visually-hidden" data-field="outcomes" tabIndex={-1}>
        {t('outcomesStep.list')}
      </h3>
      {ids.length === 0 && <EmptyState>{t('outcomesStep.empty')}</EmptyState>}
      {shared &&
        ids.map((id, index) => <OutcomeEditor key={id} id={id} index={index} count={ids.length} shared={shared} />)}
      <div className="add-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => update((d) => void d.outcomes.push(createOutcome()))}
        >
          {t('outcomesStep.add')}
        </button>
      </div>
      {examples.length > 0 && (
        <details className="examples">
          <summary>{t('outcomesStep.examples')}</summary>
          <ul role="list">
            {examples.map((example) => (
              <li key={example}>
                <span>{example}</span>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('outcomesStep.useExampleNamed', { example })}
                  onClick={() => update((d) => void d.outcomes.push(createOutcome({ statement: example })))}
                >
                  {t('outcomesStep.useExample')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

interface SharedProps {
  update: (recipe: (draft: Design) => void) => void;
  bloom: BloomVerbs;
  verbs: VerbIndex;
  competenceOptions: { id: string; label: string }[];
  targetOptions: { id: string; label: string }[];
}

/** One outcome; memoised and subscribed to its own outcome only, so typing re-renders one card. */
const OutcomeEditor = memo(function OutcomeEditor({
  id,
  index,
  count,
  shared: { update, bloom, verbs, competenceOptions, targetOptions },
}: {
  id: string;
  index: number;
  count: number;
  shared: SharedProps;
}) {
  const { t } = useTranslation();
  const outcome = useDesignStore((s) => itemById(s.design!.outcomes, id));
  if (!outcome) return null;
  const edit = (recipe: (o: LearningOutcome) => void) =>
    update((d) => {
      const target = draftById(d.outcomes, id);
      if (target) recipe(target);
    });
  const name = t('outcomesStep.outcome', { number: index + 1 });
  const feedback = outcomeFeedback(outcome, verbs);
  const suggestions = bloom.levels.find((level) => level.id === (outcome.bloom ?? feedback.detected))?.verbs ?? [];
  const path = `outcomes[${id}]`;
  return (
    <ItemCard
      heading={name}
      field={path}
      anchor={{ section: 'outcomes', itemId: id }}
      actions={
        <ItemActions
          name={name}
          index={index}
          count={count}
          onMove={(to) => update((d) => moveItem(d.outcomes, index, to))}
          onRemove={() => update((d) => removeOutcome(d, id))}
        />
      }
    >
      <LongTextField
        label={t('outcomesStep.statement')}
        hint={t('outcomesStep.statementHint')}
        field={`${path}.statement`}
        value={outcome.statement}
        invalid={feedback.vague !== null}
        onChange={(v) => edit((o) => void (o.statement = v))}
      />
      <p className={`verb-feedback${feedback.vague ? ' verb-feedback-warning' : ''}`} aria-live="polite">
        {feedback.vague
          ? t('outcomesStep.vague', { verb: feedback.vague })
          : feedback.detected
            ? t('outcomesStep.detected', { verb: feedback.verb, level: t(`enums.bloom.${feedback.detected}`) })
            : outcome.statement.trim()
              ? t('outcomesStep.noVerb')
              : ''}
        {feedback.mismatch && ` ${t('outcomesStep.mismatch', { level: t(`enums.bloom.${outcome.bloom}`) })}`}
      </p>
      <div className="field-row">
        <SelectField
          label={t('outcomesStep.bloom')}
          field={`${path}.bloom`}
          value={outcome.bloom}
          emptyLabel={t('common.choose')}
          options={BLOOM_LEVELS.map((level) => [level, t(`enums.bloom.${level}`)] as const)}
          onChange={(v) => edit((o) => void (o.bloom = v))}
        />
        <SelectField
          label={t('outcomesStep.eqfDomain')}
          field={`${path}.eqfDomain`}
          value={outcome.eqfDomain}
          emptyLabel={t('common.choose')}
          options={EQF_DOMAINS.map((domain) => [domain, t(`enums.eqfDomain.${domain}`)] as const)}
          onChange={(v) => edit((o) => void (o.eqfDomain = v))}
        />
      </div>
      {suggestions.length > 0 && (
        <div className="verb-suggestions" role="group" aria-label={t('outcomesStep.verbs')}>
          <span className="muted small">{t('outcomesStep.verbs')}</span>
          {suggestions.slice(0, 10).map((verb) => (
            <button
              key={verb}
              type="button"
              className="chip"
              aria-label={t('outcomesStep.useVerb', { verb })}
              onClick={() => edit((o) => void (o.statement = withVerb(o.statement, verb, verbs)))}
            >
              {/* A verb of the design's language, whatever the UI's (screen readers say it so). */}
              <span lang={bloom.language}>{verb}</span>
            </button>
          ))}
        </div>
      )}
      <OutcomeTranslations outcomeId={id} path={path} />
      <LinkChecklist
        legend={t('outcomesStep.competences')}
        field={`${path}.competenceIds`}
        options={competenceOptions}
        selected={outcome.competenceIds}
        empty={t('outcomesStep.noCompetences')}
        onToggle={(competenceId, on) =>
          edit((o) => void (o.competenceIds = toggleLink(o.competenceIds, competenceId, on)))
        }
      />
      <DraftTextField
        label={t('outcomesStep.esco')}
        hint={t('outcomesStep.escoHint')}
        field={`${path}.escoUri`}
        value={outcome.escoUri}
        placeholder="http://data.europa.eu/esco/skill/…"
        rule="escoSkillUri"
        invalidHint={t('competencesStep.escoInvalid')}
        onChange={(v) => edit((o) => void (o.escoUri = v))}
      />
      <LinkChecklist
        legend={t('outcomesStep.targets')}
        field={`${path}.sdgTargets`}
        options={targetOptions}
        selected={outcome.sdgTargets}
        empty={t('outcomesStep.noTargets')}
        onToggle={(code, on) => edit((o) => void (o.sdgTargets = toggleLink(o.sdgTargets, code, on)))}
      />
    </ItemCard>
  );
});

/** The outcome in each further language the design carries its texts in (Micro-credential details step). */
function OutcomeTranslations({ outcomeId, path }: { outcomeId: string; path: string }) {
  const { t } = useTranslation();
  const translations = useDesignStore((s) => s.design!.translations);
  const update = useDesignStore((s) => s.update);
  const languageName = useLanguageName();
  return (
    <>
      {translations.map((translation) => (
        <LongTextField
          key={translation.language}
          label={t('translations.outcome', { language: languageName(translation.language) })}
          field={`${path}.translations.${translation.language}`}
          value={translation.outcomes[outcomeId] ?? ''}
          rows={2}
          onChange={(v) =>
            update((d) => {
              const target = d.translations.find((candidate) => candidate.language === translation.language);
              if (!target) return;
              if (v.trim() === '') delete target.outcomes[outcomeId];
              else target.outcomes[outcomeId] = v;
            })
          }
        />
      ))}
    </>
  );
}
