import { useTranslation } from 'react-i18next';
import {
  EctsCredits,
  INTEGRATIONS,
  LEARNING_SETTINGS,
  PARTICIPATION_FORMS,
  QF_EHEA_CYCLES,
  newId,
  type AnnexElementKey,
  type CredentialSpec,
  type Design,
} from '../../../shared/model';
import {
  DraftTextField,
  FieldGroup,
  LongTextField,
  NumberField,
  SelectField,
  TextField,
} from '../../components/fields';
import { ItemActions } from '../../components/lists';
import { itemLabel } from '../../../shared/checks';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { CommentThread } from '../../components/CommentThread';
import { OfferingFields } from './OfferingFields';
import { SubjectAreasField } from './SubjectAreasField';

/**
 * The languages reference data exists in, each named in the UI's language and in its own
 * ("Romanian — română"); a design's other language (from a file) stays selectable.
 */
function languageOptions(
  available: readonly string[],
  current: string,
  uiLanguage: string,
): (readonly [string, string])[] {
  const codes = [...new Set<string>([...available, current])];
  const inUi = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return codes.map((code) => {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    const named = inUi.of(code) ?? code;
    return [code, named === own ? named : `${named} — ${own}`] as const;
  });
}

/** Review comments on single Annex I elements (the credential section, item = element key). */
function AnnexComments({ elements }: { elements: AnnexElementKey[] }) {
  const { t } = useTranslation();
  return (
    <>
      {elements.map((key) => (
        <CommentThread key={key} anchor={{ section: 'credential', itemId: key }} label={t(`annex.${key}`)} />
      ))}
    </>
  );
}

/**
 * Supervision and identity verification is asked once, per assessment (where the answer differs:
 * a peer review is unsupervised, an exam is not). The Annex I element is shown here as the
 * assessments state it. A credential-wide value from an older file stays visible and removable.
 */
function SupervisionSummary() {
  const { t } = useTranslation();
  const assessments = useDesignStore((s) => s.design!.assessments);
  const overall = useDesignStore((s) => s.design!.credential.supervision);
  const update = useDesignStore((s) => s.update);
  const set = useAppStore((s) => s.set);
  const stated = assessments.filter((a) => a.supervision !== null);
  return (
    <div className="field" data-field="credential.supervision" tabIndex={-1}>
      <span className="field-label">{t('annex.supervision')}</span>
      {stated.length === 0 ? (
        <p className="muted">{t('credentialStep.supervisionNone')}</p>
      ) : (
        <ul className="supervision-list">
          {stated.map((assessment) => (
            <li key={assessment.id}>
              <strong>{itemLabel('assessment', assessments.indexOf(assessment))}</strong>{' '}
              {assessment.title || t('assessmentStep.thisAssessment')}:{' '}
              {t(`enums.supervision.${assessment.supervision}`)}
            </li>
          ))}
        </ul>
      )}
      {overall !== null && (
        <p>
          {t('credentialStep.supervisionOverall', { level: t(`enums.supervision.${overall}`) })}{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => update((d) => void (d.credential.supervision = null))}
          >
            {t('common.remove')}
          </button>
        </p>
      )}
      <button type="button" className="button-quiet" onClick={() => set({ step: 'assessment' })}>
        {t('credentialStep.supervisionEdit')}
      </button>
    </div>
  );
}

/** The Annex I elements earlier steps do not cover, plus who made the design. */
export function CredentialStep() {
  const { t, i18n } = useTranslation();
  const design = useDesignStore((s) => s.design!);
  const update = useDesignStore((s) => s.update);
  const catalogLanguages = useAppStore((s) => s.catalog?.languages ?? []);
  const credential = design.credential;
  const edit = (recipe: (c: CredentialSpec) => void) => update((d) => recipe(d.credential));
  const editDesign = (recipe: (d: Design) => void) => update(recipe);
  const annex = (key: string) => t(`annex.${key}`);

  return (
    <div className="step-form">
      <FieldGroup legend={t('credentialStep.about')}>
        <LongTextField
          label={t('credentialStep.summary')}
          hint={t('credentialStep.summaryHint')}
          field="overview.summary"
          value={design.summary}
          rows={3}
          onChange={(v) => editDesign((d) => void (d.summary = v))}
        />
        <SelectField
          label={t('credentialStep.language')}
          hint={t('credentialStep.languageHint')}
          field="overview.language"
          value={design.language}
          options={languageOptions(catalogLanguages, design.language, i18n.language)}
          onChange={(v) => v && editDesign((d) => void (d.language = v))}
        />
        <TextField
          label={t('credentialStep.version')}
          field="overview.version"
          value={design.version}
          maxLength={32}
          onChange={(v) => editDesign((d) => void (d.version = v))}
        />
      </FieldGroup>

      <FieldGroup legend={t('credentialStep.authors')}>
        {design.authors.map((author, index) => {
          const name = author.name || t('credentialStep.author', { number: index + 1 });
          const set = (key: 'name' | 'institution' | 'role' | 'email') => (v: string) =>
            editDesign((d) => {
              const target = d.authors.find((a) => a.id === author.id);
              if (target) target[key] = v;
            });
          return (
            <div className="row-editor row-editor-4" key={author.id}>
              <TextField
                label={t('credentialStep.authorName', { number: index + 1 })}
                field={`overview.authors[${author.id}].name`}
                value={author.name}
                onChange={set('name')}
              />
              <TextField
                label={t('credentialStep.institution')}
                field={`overview.authors[${author.id}].institution`}
                value={author.institution}
                onChange={set('institution')}
              />
              <TextField
                label={t('credentialStep.role')}
                field={`overview.authors[${author.id}].role`}
                value={author.role}
                onChange={set('role')}
              />
              <TextField
                label={t('credentialStep.email')}
                field={`overview.authors[${author.id}].email`}
                value={author.email}
                onChange={set('email')}
              />
              <ItemActions
                name={name}
                index={index}
                count={design.authors.length}
                onRemove={() => editDesign((d) => void (d.authors = d.authors.filter((a) => a.id !== author.id)))}
              />
            </div>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() =>
            editDesign((d) => void d.authors.push({ id: newId(), name: '', institution: '', role: '', email: '' }))
          }
        >
          {t('credentialStep.addAuthor')}
        </button>
      </FieldGroup>

      <FieldGroup legend={annex('awardingBodies')} field="credential.awardingBodies">
        {credential.awardingBodies.map((body, index) => {
          const name = body.name || t('credentialStep.body', { number: index + 1 });
          const setBody = (recipe: (b: CredentialSpec['awardingBodies'][number]) => void) =>
            edit((c) => {
              const target = c.awardingBodies.find((b) => b.id === body.id);
              if (target) recipe(target);
            });
          return (
            <div className="row-editor row-editor-3" key={body.id}>
              <TextField
                label={t('credentialStep.bodyName', { number: index + 1 })}
                field={`credential.awardingBodies[${body.id}].name`}
                value={body.name}
                onChange={(v) => setBody((b) => void (b.name = v))}
              />
              <DraftTextField
                label={t('credentialStep.bodyCountry')}
                field={`credential.awardingBodies[${body.id}].country`}
                value={body.country}
                placeholder="FR"
                rule="countryCode"
                commitOnBlur
                invalidHint={t('credentialStep.countryInvalid')}
                onChange={(v) => setBody((b) => void (b.country = v))}
              />
              <DraftTextField
                label={t('credentialStep.bodyUrl')}
                field={`credential.awardingBodies[${body.id}].url`}
                value={body.url}
                placeholder="https://"
                rule="webAddress"
                invalidHint={t('credentialStep.urlInvalid')}
                onChange={(v) => setBody((b) => void (b.url = v))}
              />
              <ItemActions
                name={name}
                index={index}
                count={credential.awardingBodies.length}
                onRemove={() => edit((c) => void (c.awardingBodies = c.awardingBodies.filter((b) => b.id !== body.id)))}
              />
            </div>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() => edit((c) => void c.awardingBodies.push({ id: newId(), name: '', country: '', url: '' }))}
        >
          {t('credentialStep.addBody')}
        </button>
        <AnnexComments elements={['awardingBodies']} />
      </FieldGroup>

      <FieldGroup legend={t('credentialStep.recognition')}>
        <DraftTextField
          label={annex('countries')}
          hint={t('credentialStep.countriesHint')}
          field="credential.countries"
          value={credential.countries}
          placeholder="FR, RO, EL"
          rule="countryList"
          commitOnBlur
          invalidHint={t('credentialStep.countriesInvalid')}
          onChange={(v) => edit((c) => void (c.countries = v))}
        />
        <div className="field-row">
          <NumberField
            label={t('credentialStep.ects')}
            hint={t('credentialStep.ectsHint')}
            field="credential.ects"
            value={credential.ects}
            schema={EctsCredits}
            onChange={(v) => edit((c) => void (c.ects = v))}
          />
          <SelectField
            label={t('credentialStep.eqfLevel')}
            field="credential.eqfLevel"
            value={credential.eqfLevel === null ? null : String(credential.eqfLevel)}
            emptyLabel={t('common.choose')}
            options={[1, 2, 3, 4, 5, 6, 7, 8].map(
              (level) => [String(level), t('credentialStep.eqf', { level })] as const,
            )}
            onChange={(v) => edit((c) => void (c.eqfLevel = v === null ? null : Number(v)))}
          />
          <SelectField
            label={t('credentialStep.qfEhea')}
            field="credential.qfEheaCycle"
            value={credential.qfEheaCycle}
            emptyLabel={t('common.notStated')}
            options={QF_EHEA_CYCLES.map((cycle) => [cycle, t(`enums.qfEheaCycle.${cycle}`)] as const)}
            onChange={(v) => edit((c) => void (c.qfEheaCycle = v))}
          />
        </div>
        <SubjectAreasField />
        <SelectField
          label={t('credentialStep.learningSetting')}
          hint={t('credentialStep.learningSettingHint')}
          field="credential.learningSetting"
          value={credential.learningSetting}
          emptyLabel={t('common.notStated')}
          options={LEARNING_SETTINGS.map((value) => [value, t(`enums.learningSetting.${value}`)] as const)}
          onChange={(v) => edit((c) => void (c.learningSetting = v))}
        />
        <AnnexComments elements={['countries', 'workload', 'level']} />
      </FieldGroup>

      <FieldGroup legend={t('credentialStep.delivery')}>
        <LongTextField
          label={annex('assessmentType')}
          hint={t('credentialStep.assessmentTypeHint')}
          field="credential.assessmentType"
          value={credential.assessmentType}
          onChange={(v) => edit((c) => void (c.assessmentType = v))}
        />
        <div className="field-row">
          <SelectField
            label={annex('participationForm')}
            field="credential.participationForm"
            value={credential.participationForm}
            emptyLabel={t('common.choose')}
            options={PARTICIPATION_FORMS.map((form) => [form, t(`enums.participationForm.${form}`)] as const)}
            onChange={(v) => edit((c) => void (c.participationForm = v))}
          />
        </div>
        <SupervisionSummary />
        <LongTextField
          label={t('credentialStep.participationNote')}
          field="credential.participationNote"
          value={credential.participationNote}
          onChange={(v) => edit((c) => void (c.participationNote = v))}
        />
        <LongTextField
          label={annex('qualityAssurance')}
          hint={t('credentialStep.qualityHint')}
          field="credential.qualityAssurance"
          value={credential.qualityAssurance}
          onChange={(v) => edit((c) => void (c.qualityAssurance = v))}
        />
        <LongTextField
          label={annex('prerequisites')}
          field="credential.prerequisites"
          value={credential.prerequisites}
          onChange={(v) => edit((c) => void (c.prerequisites = v))}
        />
        <LongTextField
          label={t('credentialStep.gradingScheme')}
          field="credential.gradingScheme"
          value={credential.gradingScheme}
          onChange={(v) => edit((c) => void (c.gradingScheme = v))}
        />
        <AnnexComments
          elements={[
            'assessmentType',
            'participationForm',
            'supervision',
            'qualityAssurance',
            'prerequisites',
            'grade',
          ]}
        />
      </FieldGroup>

      <OfferingFields />

      <FieldGroup legend={annex('integration')}>
        <SelectField
          label={t('credentialStep.integration')}
          field="credential.integration"
          value={credential.integration}
          emptyLabel={t('common.notStated')}
          options={INTEGRATIONS.map((value) => [value, t(`enums.integration.${value}`)] as const)}
          onChange={(v) => edit((c) => void (c.integration = v))}
        />
        <LongTextField
          label={t('credentialStep.stackable')}
          field="credential.stackableTowards"
          value={credential.stackableTowards}
          onChange={(v) => edit((c) => void (c.stackableTowards = v))}
        />
        <LongTextField
          label={annex('furtherInformation')}
          field="credential.furtherInformation"
          value={credential.furtherInformation}
          onChange={(v) => edit((c) => void (c.furtherInformation = v))}
        />
        <AnnexComments elements={['integration', 'furtherInformation']} />
      </FieldGroup>
      <p className="muted">{t('credentialStep.atIssuing')}</p>
    </div>
  );
}
