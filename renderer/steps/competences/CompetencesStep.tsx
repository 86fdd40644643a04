import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/catalog';
import {
  createCustomCompetence,
  createFrameworkCompetence,
  removeCompetence,
  type Competence,
  type FrameworkId,
} from '../../../shared/model';
import { DraftTextField, LongTextField, SelectField, TextField } from '../../components/fields';
import { EmptyState, ItemActions, ItemCard } from '../../components/lists';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { competenceLabel, searchFrameworks } from './competence-search';
import { FallbackHint } from '../../components/FallbackHint';

/** Browse and search the five frameworks, pick with a target level, or add custom competences. */
export function CompetencesStep() {
  const { t } = useTranslation();
  const frameworks = useAppStore((s) => s.catalog!.frameworks);
  const interpretation = useDesignStore((s) => s.design!.interpretation);
  const suggested = useAppStore(
    (s) => s.catalog!.interpretations.find((g) => g.id === interpretation)!.steps.competences.suggestedFrameworks,
  );
  const competences = useDesignStore((s) => s.design!.competences);
  const update = useDesignStore((s) => s.update);
  const ordered = useMemo(
    () => [...frameworks].sort((a, b) => Number(suggested.includes(b.id)) - Number(suggested.includes(a.id))),
    [frameworks, suggested],
  );
  const [frameworkId, setFrameworkId] = useState<FrameworkId | null>(ordered[0]?.id ?? null);
  const [query, setQuery] = useState('');
  const chosenRefs = new Set(competences.flatMap((c) => (c.source.kind === 'framework' ? [c.source.ref] : [])));
  const results = searchFrameworks(frameworks, frameworkId, query);

  return (
    <div className="step-form">
      <section aria-labelledby="browse-heading" className="browser">
        <h3 id="browse-heading">{t('competencesStep.browse')}</h3>
        <div className="browser-controls">
          <SelectField
            label={t('competencesStep.framework')}
            field="competences.framework"
            value={frameworkId}
            emptyLabel={t('competencesStep.allFrameworks')}
            options={ordered.map(
              (f) =>
                [f.id, suggested.includes(f.id) ? t('competencesStep.suggested', { name: f.name }) : f.name] as const,
            )}
            onChange={setFrameworkId}
          />
          <TextField
            label={t('competencesStep.search')}
            field="competences.search"
            value={query}
            placeholder={t('competencesStep.searchPlaceholder')}
            onChange={setQuery}
          />
        </div>
        <p className="muted" role="status" aria-live="polite">
          {t('competencesStep.results', { count: results.length })}
        </p>
        <ul className="framework-results" role="list">
          {results.slice(0, 60).map(({ framework, area, competence }) => {
            const added = chosenRefs.has(competence.id);
            return (
              <li key={competence.id} className="framework-result">
                <div>
                  <p className="result-title">
                    <span className="code">{competence.code}</span> {competence.title}
                  </p>
                  <p className="muted small">
                    {framework.name} · {area.title} — {competence.description}
                  </p>
                </div>
                <button
                  type="button"
                  className="button"
                  disabled={added}
                  aria-label={
                    added
                      ? t('competencesStep.addedNamed', { name: competence.title })
                      : t('competencesStep.addNamed', { name: competence.title })
                  }
                  onClick={() =>
                    update((d) => void d.competences.push(createFrameworkCompetence(framework.id, competence.id)))
                  }
                >
                  {added ? t('competencesStep.added') : t('common.add')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="chosen-heading">
        <h3 id="chosen-heading" data-field="competences" tabIndex={-1}>
          {t('competencesStep.chosen', { count: competences.length })}
        </h3>
        {competences.length === 0 && <EmptyState>{t('competencesStep.empty')}</EmptyState>}
        {competences.map((competence, index) => (
          <ChosenCompetence key={competence.id} competence={competence} index={index} count={competences.length} />
        ))}
        <button
          type="button"
          className="button"
          onClick={() => update((d) => void d.competences.push(createCustomCompetence(t('competencesStep.newCustom'))))}
        >
          {t('competencesStep.addCustom')}
        </button>
      </section>
    </div>
  );
}

function ChosenCompetence({ competence, index, count }: { competence: Competence; index: number; count: number }) {
  const { t } = useTranslation();
  const frameworks = useAppStore((s) => s.catalog!.frameworks);
  const update = useDesignStore((s) => s.update);
  const edit = (recipe: (c: Competence) => void) =>
    update((d) => {
      const target = d.competences.find((c) => c.id === competence.id);
      if (target) recipe(target);
    });
  const source = competence.source;
  const framework: Framework | undefined =
    source.kind === 'framework' ? frameworks.find((f) => f.id === source.framework) : undefined;
  const name = competenceLabel(frameworks, competence);
  return (
    <ItemCard
      heading={name}
      field={`competences[${competence.id}]`}
      anchor={{ section: 'competences', itemId: competence.id }}
      actions={
        <ItemActions
          name={name}
          index={index}
          count={count}
          onMove={(to) => update((d) => void d.competences.splice(to, 0, d.competences.splice(index, 1)[0]!))}
          onRemove={() => update((d) => removeCompetence(d, competence.id))}
        />
      }
    >
      {source.kind === 'custom' ? (
        <>
          <DraftTextField
            label={t('competencesStep.customTitle')}
            field={`competences[${competence.id}].title`}
            value={source.title}
            rule="customCompetenceTitle"
            invalidHint={t('competencesStep.titleRequired')}
            onChange={(v) => edit((c) => c.source.kind === 'custom' && void (c.source.title = v))}
          />
          <LongTextField
            label={t('competencesStep.customDescription')}
            field={`competences[${competence.id}].description`}
            value={source.description}
            onChange={(v) => edit((c) => c.source.kind === 'custom' && void (c.source.description = v))}
          />
        </>
      ) : (
        <>
          <p className="muted small">{framework?.fullName}</p>
          {framework && <FallbackHint id={framework.id} />}
        </>
      )}
      {/* Custom or from a framework: the ESCO skill credentials carry (Europass, Open Badges). */}
      <DraftTextField
        label={t('competencesStep.esco')}
        hint={t('competencesStep.escoHint')}
        field={`competences[${competence.id}].escoUri`}
        value={source.escoUri}
        placeholder="http://data.europa.eu/esco/skill/…"
        rule="escoSkillUri"
        invalidHint={t('competencesStep.escoInvalid')}
        onChange={(v) => edit((c) => void (c.source.escoUri = v))}
      />
      {framework ? (
        <SelectField
          label={t('competencesStep.targetLevel')}
          field={`competences[${competence.id}].targetLevel`}
          value={competence.targetLevel === '' ? null : competence.targetLevel}
          emptyLabel={t('common.choose')}
          options={framework.levels.map((level) => [level.id, level.label] as const)}
          onChange={(v) => edit((c) => void (c.targetLevel = v ?? ''))}
        />
      ) : (
        <TextField
          label={t('competencesStep.targetLevel')}
          field={`competences[${competence.id}].targetLevel`}
          value={competence.targetLevel}
          maxLength={64}
          onChange={(v) => edit((c) => void (c.targetLevel = v))}
        />
      )}
      <LongTextField
        label={t('competencesStep.note')}
        field={`competences[${competence.id}].note`}
        value={competence.note}
        onChange={(v) => edit((c) => void (c.note = v))}
      />
    </ItemCard>
  );
}
