import { useTranslation } from 'react-i18next';
import { CONTEXT_SCOPES, OWNER_TYPES, newId } from '../../../shared/model';
import { FieldGroup, LongTextField, SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { SdgPicker } from './SdgPicker';

const AGREEMENT_ASPECTS = ['time', 'data', 'intellectualProperty', 'ethics'] as const;

/** Big idea → essential question → challenge statement, the SDGs, the hub, the partner, the people. */
export function ChallengeStep() {
  const { t } = useTranslation();
  const challenge = useDesignStore((s) => s.design!.challenge);
  const interpretation = useDesignStore((s) => s.design!.interpretation);
  const update = useDesignStore((s) => s.update);
  const hubs = useAppStore((s) => s.catalog!.hubs);
  const hints = useAppStore(
    (s) => s.catalog!.interpretations.find((g) => g.id === interpretation)!.steps.challenge.fields,
  );
  const edit = (recipe: (c: typeof challenge) => void) => update((design) => recipe(design.challenge));
  const showOwner = interpretation === 'partnership' || challenge.owner.name !== '';

  return (
    <div className="step-form">
      <TextField
        label={t('challengeStep.bigIdea')}
        hint={hints.bigIdea}
        field="challenge.bigIdea"
        value={challenge.bigIdea}
        onChange={(v) => edit((c) => void (c.bigIdea = v))}
      />
      <LongTextField
        label={t('challengeStep.essentialQuestion')}
        hint={hints.essentialQuestion}
        field="challenge.essentialQuestion"
        value={challenge.essentialQuestion}
        onChange={(v) => edit((c) => void (c.essentialQuestion = v))}
      />
      <LongTextField
        label={t('challengeStep.statement')}
        hint={hints.statement}
        field="challenge.statement"
        value={challenge.statement}
        rows={4}
        onChange={(v) => edit((c) => void (c.statement = v))}
      />
      <FieldGroup legend={t('challengeStep.context')} hint={hints.context}>
        <SelectField
          label={t('challengeStep.scope')}
          field="challenge.context.scope"
          value={challenge.context.scope}
          emptyLabel={t('common.choose')}
          options={CONTEXT_SCOPES.map((scope) => [scope, t(`enums.scope.${scope}`)] as const)}
          onChange={(v) => edit((c) => void (c.context.scope = v))}
        />
        <LongTextField
          label={t('challengeStep.contextDescription')}
          field="challenge.context.description"
          value={challenge.context.description}
          onChange={(v) => edit((c) => void (c.context.description = v))}
        />
      </FieldGroup>
      <SdgPicker hint={hints.sdg} />
      <SelectField
        label={t('challengeStep.hub')}
        hint={hints.hub}
        field="challenge.hub"
        value={challenge.hub === '' ? null : challenge.hub}
        emptyLabel={t('common.none')}
        options={hubs.map((hub) => [hub.id, hub.title] as const)}
        onChange={(v) => edit((c) => void (c.hub = v ?? ''))}
      />
      {showOwner ? (
        <FieldGroup legend={t('challengeStep.owner')} hint={hints.owner}>
          <TextField
            label={t('challengeStep.ownerName')}
            field="challenge.owner.name"
            value={challenge.owner.name}
            onChange={(v) => edit((c) => void (c.owner.name = v))}
          />
          <SelectField
            label={t('challengeStep.ownerType')}
            field="challenge.owner.type"
            value={challenge.owner.type}
            emptyLabel={t('common.choose')}
            options={OWNER_TYPES.map((type) => [type, t(`enums.ownerType.${type}`)] as const)}
            onChange={(v) => edit((c) => void (c.owner.type = v))}
          />
          <LongTextField
            label={t('challengeStep.ownerRole')}
            field="challenge.owner.role"
            value={challenge.owner.role}
            onChange={(v) => edit((c) => void (c.owner.role = v))}
          />
          <TextField
            label={t('challengeStep.ownerContact')}
            field="challenge.owner.contact"
            value={challenge.owner.contact}
            onChange={(v) => edit((c) => void (c.owner.contact = v))}
          />
          {AGREEMENT_ASPECTS.map((aspect) => (
            <LongTextField
              key={aspect}
              label={t(`document.challenge.agreement.${aspect}`)}
              field={`challenge.owner.agreement.${aspect}`}
              value={challenge.owner.agreement[aspect]}
              onChange={(v) => edit((c) => void (c.owner.agreement[aspect] = v))}
            />
          ))}
          <LongTextField
            label={t('challengeStep.deliverable')}
            field="challenge.owner.deliverable"
            value={challenge.owner.deliverable}
            onChange={(v) => edit((c) => void (c.owner.deliverable = v))}
          />
        </FieldGroup>
      ) : (
        <p className="muted">{t('challengeStep.ownerOptional')}</p>
      )}
      <FieldGroup legend={t('challengeStep.stakeholders')} hint={hints.stakeholders}>
        {challenge.stakeholders.map((stakeholder, index) => (
          <div className="row-editor" key={stakeholder.id}>
            <TextField
              label={t('challengeStep.stakeholderName', { number: index + 1 })}
              field={`challenge.stakeholders[${stakeholder.id}].name`}
              value={stakeholder.name}
              onChange={(v) => edit((c) => void (c.stakeholders[index]!.name = v))}
            />
            <TextField
              label={t('challengeStep.stakeholderRole', { number: index + 1 })}
              field={`challenge.stakeholders[${stakeholder.id}].role`}
              value={stakeholder.role}
              onChange={(v) => edit((c) => void (c.stakeholders[index]!.role = v))}
            />
            <button
              type="button"
              className="button-quiet"
              aria-label={t('common.removeNamed', {
                name: stakeholder.name || t('challengeStep.stakeholderName', { number: index + 1 }),
              })}
              onClick={() => edit((c) => void c.stakeholders.splice(index, 1))}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => edit((c) => void c.stakeholders.push({ id: newId(), name: '', role: '' }))}
        >
          {t('challengeStep.addStakeholder')}
        </button>
      </FieldGroup>
      <LongTextField
        label={t('challengeStep.impact')}
        hint={hints.impact}
        field="challenge.intendedImpact"
        value={challenge.intendedImpact}
        onChange={(v) => edit((c) => void (c.intendedImpact = v))}
      />
    </div>
  );
}
