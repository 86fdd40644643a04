import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary, ExampleSummary } from '../../../shared/api';
import { indexCatalog } from '../../../shared/catalog';
import { runChecks } from '../../../shared/checks';
import { formatFinding } from '../../../shared/i18n';
import {
  analysePathway,
  checkPathway,
  PATHWAY_FILE_EXTENSION,
  type Coverage,
  type CoverageRow,
  type PathwayAnalysis,
  type ResolvedPart,
} from '../../../shared/pathway';
import { DesignFileInput } from '../../components/DesignFileInput';
import { api, useAppStore } from '../../state/app-store';
import {
  addExamplePart,
  addLibraryPart,
  addPartFromDialog,
  addUploadedParts,
  closePathway,
  editPathway,
  exportPathway,
  locatePart,
  locatePartWithDialog,
  movePart,
  removePart,
  savePathway,
  togglePromised,
  usePathwayStore,
  validatePathwayForEuropass,
} from '../../state/pathway-store';
import { verbIndexFor } from '../../state/use-check-report';
import './pathway.css';

const hours = (n: number | null, language: string) =>
  n === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);

/** The figures and checks of the pathway as it is now, from the designs the page holds. */
function usePathwayAnalysis() {
  const pathway = usePathwayStore((s) => s.pathway);
  const parts = usePathwayStore((s) => s.parts);
  const catalog = useAppStore((s) => s.catalog);
  return useMemo(() => {
    if (!pathway || !catalog) return null;
    const verbs = verbIndexFor(catalog.bloom);
    const resolved: ResolvedPart[] = pathway.parts.map((part) => {
      const found = parts[part.id];
      return found?.design
        ? { part, design: found.design, source: { kind: 'held' }, report: runChecks(found.design, { verbs }) }
        : { part, design: null, source: { kind: 'missing', reason: 'not-found', detail: found?.detail ?? '' } };
    });
    const analysis = analysePathway(pathway, resolved, catalog);
    return { analysis, findings: checkPathway(pathway, analysis, resolved) };
  }, [pathway, parts, catalog]);
}

export function PathwayScreen() {
  const { t } = useTranslation();
  const pathway = usePathwayStore((s) => s.pathway);
  const dirty = usePathwayStore((s) => s.dirty);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const result = usePathwayAnalysis();
  if (!pathway || !result) return null;
  const { analysis, findings } = result;
  return (
    <div className="pathway-screen">
      <header className="top-bar">
        <button type="button" className="button-quiet" onClick={closePathway}>
          ← {t('design.allDesigns')}
        </button>
        <label className="title-field">
          <span className="visually-hidden">{t('pathway.titleLabel')}</span>
          <input
            value={pathway.title}
            placeholder={t('pathway.titlePlaceholder')}
            maxLength={500}
            onChange={(event) => {
              const title = event.target.value;
              editPathway((p) => ({ ...p, title }));
            }}
          />
        </label>
        <p className="save-status" role="status">
          {dirty ? t('pathway.unsaved') : t('pathway.saved')}
        </p>
        <div className="toolbar" role="group" aria-label={t('pathway.fileActions')}>
          <button type="button" className="button" onClick={() => void savePathway()}>
            {nativeDialogs ? t('pathway.save') : t('pathway.download')}
          </button>
          {nativeDialogs && (
            <button type="button" className="button" onClick={() => void savePathway(true)}>
              {t('pathway.saveAs')}
            </button>
          )}
        </div>
      </header>
      <main className="pathway-main" id="pathway-main">
        <h1 className="visually-hidden">{pathway.title || t('pathway.titlePlaceholder')}</h1>
        <Totals analysis={analysis} />
        <TargetFields />
        <Parts analysis={analysis} />
        <Findings findings={findings} />
        <CoverageMatrix analysis={analysis} kind="competence" />
        <CoverageMatrix analysis={analysis} kind="sdg" />
        <Overlaps analysis={analysis} />
        <Exports />
      </main>
    </div>
  );
}

function Totals({ analysis }: { analysis: PathwayAnalysis }) {
  const { t, i18n } = useTranslation();
  const target = usePathwayStore((s) => s.pathway!.target);
  const { totals } = analysis;
  const ects = (n: number) => hours(n, i18n.language);
  return (
    <section className="section pathway-totals" aria-labelledby="pathway-totals-heading">
      <h2 id="pathway-totals-heading">{t('pathway.totals.heading')}</h2>
      <dl className="totals-grid">
        <div>
          <dt>{t('pathway.totals.ects')}</dt>
          <dd>
            <span>
              <strong>{ects(totals.ects)}</strong>
              {target.ects !== null && <span className="total-of"> / {ects(target.ects)}</span>}
            </span>
            <span className="muted">
              {t('pathway.totals.coreElective', { core: ects(totals.coreEcts), elective: ects(totals.electiveEcts) })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('pathway.totals.hours')}</dt>
          <dd>
            <strong>{hours(totals.hours, i18n.language)}</strong>
            <span className="muted">{t('pathway.totals.hoursNote')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('pathway.totals.eqf')}</dt>
          <dd>
            <strong>{totals.eqfLevels.length > 0 ? totals.eqfLevels.join(', ') : '—'}</strong>
            {target.eqfLevel !== null && (
              <span className="muted">{t('pathway.totals.eqfTarget', { level: target.eqfLevel })}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('pathway.totals.parts')}</dt>
          <dd>
            <strong>{analysis.parts.length}</strong>
            {totals.missingParts > 0 && (
              <span className="tone-error">{t('pathway.totals.missing', { count: totals.missingParts })}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** A number field that takes "2,5" and "2.5" and says when the value is out of range. */
function NumberField({
  label,
  value,
  min,
  max,
  integer = false,
  onChange,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  integer?: boolean;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState('');
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const id = `pathway-${label.replace(/\W+/g, '-')}`;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const raw = event.target.value;
          setText(raw);
          if (raw.trim() === '') return (setError(''), onChange(null));
          const parsed = Number(raw.trim().replace(',', '.'));
          if (!Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed)))
            return setError(t('pathway.range', { min, max }));
          setError('');
          onChange(parsed);
        }}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </label>
  );
}

function TargetFields() {
  const { t } = useTranslation();
  const pathway = usePathwayStore((s) => s.pathway!);
  return (
    <section className="section" aria-labelledby="pathway-target-heading">
      <h2 id="pathway-target-heading">{t('pathway.target.heading')}</h2>
      <p className="muted">{t('pathway.target.intro')}</p>
      <div className="pathway-target-fields">
        <NumberField
          label={t('pathway.target.ects')}
          value={pathway.target.ects}
          min={0}
          max={120}
          onChange={(ects) => editPathway((p) => ({ ...p, target: { ...p.target, ects } }))}
        />
        <label className="field">
          <span>{t('pathway.target.eqf')}</span>
          <select
            value={pathway.target.eqfLevel ?? ''}
            onChange={(event) => {
              const eqfLevel = event.target.value === '' ? null : Number(event.target.value);
              editPathway((p) => ({ ...p, target: { ...p.target, eqfLevel } }));
            }}
          >
            <option value="">{t('pathway.target.noLevel')}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((level) => (
              <option key={level} value={level}>
                {t('pathway.target.level', { level })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('pathway.target.summary')}</span>
        <textarea
          rows={3}
          value={pathway.summary}
          maxLength={20000}
          onChange={(event) => {
            const summary = event.target.value;
            editPathway((p) => ({ ...p, summary }));
          }}
        />
      </label>
      <label className="field">
        <span>{t('pathway.target.homepage')}</span>
        <input
          type="url"
          value={pathway.homepage}
          placeholder="https://"
          onChange={(event) => {
            const homepage = event.target.value.trim();
            if (homepage === '' || URL.canParse(homepage)) editPathway((p) => ({ ...p, homepage }));
          }}
        />
      </label>
    </section>
  );
}

function Parts({ analysis }: { analysis: PathwayAnalysis }) {
  const { t, i18n } = useTranslation();
  const pathway = usePathwayStore((s) => s.pathway!);
  const sources = usePathwayStore((s) => s.parts);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  return (
    <section className="section" aria-labelledby="pathway-parts-heading">
      <h2 id="pathway-parts-heading">{t('pathway.parts.heading')}</h2>
      {pathway.parts.length === 0 && <p className="muted">{t('pathway.parts.empty')}</p>}
      <ol className="pathway-parts" role="list">
        {analysis.parts.map((figures, index) => {
          const { part } = figures;
          const name = `P${figures.position}`;
          const title = figures.design?.title || part.title || t('pathway.untitledPart');
          const source = sources[part.id];
          return (
            <li key={part.id} className={`pathway-part${figures.design ? '' : ' missing'}`}>
              <div className="pathway-part-head">
                <span className="part-badge" aria-hidden="true">
                  {name}
                </span>
                <h3>
                  <span className="visually-hidden">{name}: </span>
                  {title}
                </h3>
                <span className="pathway-part-figures">
                  {figures.design
                    ? t('pathway.parts.figures', {
                        ects: hours(figures.ects, i18n.language),
                        hours: hours(figures.hours, i18n.language),
                        level: figures.eqfLevel ?? '—',
                      })
                    : t('pathway.parts.missing')}
                </span>
              </div>
              {!figures.design && (
                <div className="pathway-part-missing">
                  <p>{source?.detail || t('pathway.parts.missingDetail')}</p>
                  {nativeDialogs ? (
                    <button type="button" className="button" onClick={() => void locatePartWithDialog(part.id)}>
                      {t('pathway.parts.locate')}
                    </button>
                  ) : (
                    <label className="button file-button">
                      {t('pathway.parts.locate')}
                      <DesignFileInput
                        label={t('pathway.parts.locateLabel', { part: title })}
                        onFiles={([file]) => void locatePart(part.id, file)}
                      />
                    </label>
                  )}
                </div>
              )}
              <div className="pathway-part-controls">
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={part.required}
                    onChange={(event) => {
                      const required = event.target.checked;
                      editPathway((p) => ({
                        ...p,
                        parts: p.parts.map((q) => (q.id === part.id ? { ...q, required } : q)),
                      }));
                    }}
                  />
                  <span>{t('pathway.parts.core')}</span>
                </label>
                {pathway.parts.length > 1 && (
                  <fieldset className="pathway-prerequisites">
                    <legend>{t('pathway.parts.after', { part: name })}</legend>
                    {pathway.parts
                      .filter((other) => other.id !== part.id)
                      .map((other) => {
                        const position = pathway.parts.indexOf(other) + 1;
                        return (
                          <label key={other.id} className="check-row">
                            <input
                              type="checkbox"
                              checked={part.prerequisites.includes(other.id)}
                              onChange={(event) => {
                                const on = event.target.checked;
                                editPathway((p) => ({
                                  ...p,
                                  parts: p.parts.map((q) =>
                                    q.id !== part.id
                                      ? q
                                      : {
                                          ...q,
                                          prerequisites: on
                                            ? [...q.prerequisites, other.id]
                                            : q.prerequisites.filter((id) => id !== other.id),
                                        },
                                  ),
                                }));
                              }}
                            />
                            <span>P{position}</span>
                          </label>
                        );
                      })}
                  </fieldset>
                )}
                <div className="toolbar" role="group" aria-label={t('pathway.parts.actions', { part: name })}>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={index === 0}
                    onClick={() => movePart(part.id, -1)}
                  >
                    {t('pathway.parts.up')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={index === pathway.parts.length - 1}
                    onClick={() => movePart(part.id, 1)}
                  >
                    {t('pathway.parts.down')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button type="button" className="button-quiet" onClick={() => removePart(part.id)}>
                    {t('pathway.parts.remove')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <AddParts />
    </section>
  );
}

function AddParts() {
  const { t } = useTranslation();
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const [designs, setDesigns] = useState<DesignSummary[]>([]);
  const [examples, setExamples] = useState<ExampleSummary[]>([]);
  const [choice, setChoice] = useState('');
  useEffect(() => {
    const calls = api();
    calls['library.list']({ limit: 500 }).then(setDesigns, () => setDesigns([]));
    calls['catalog.examples']({}).then(setExamples, () => setExamples([]));
  }, []);
  return (
    <div className="pathway-add" role="group" aria-labelledby="pathway-add-heading">
      <h3 id="pathway-add-heading">{t('pathway.add.heading')}</h3>
      <div className="pathway-add-row">
        <label className="field">
          <span>{t('pathway.add.fromLibrary')}</span>
          <select value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('pathway.add.choose')}</option>
            {designs.length > 0 && (
              <optgroup label={t('pathway.add.library')}>
                {designs.map((d) => (
                  <option key={d.id} value={`library:${d.id}`}>
                    {d.title || t('pathway.untitledPart')}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('pathway.add.examples')}>
              {examples.map((e) => (
                <option key={e.id} value={`example:${e.id}`}>
                  {e.title}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!choice}
          onClick={() => {
            const [kind, id] = choice.split(/:(.*)/s) as [string, string];
            void (kind === 'library' ? addLibraryPart(id) : addExamplePart(id));
            setChoice('');
          }}
        >
          {t('pathway.add.add')}
        </button>
        {nativeDialogs ? (
          <button type="button" className="button" onClick={() => void addPartFromDialog()}>
            {t('pathway.add.fromFile')}
          </button>
        ) : (
          <label className="button file-button">
            {t('pathway.add.fromFile')}
            <DesignFileInput
              label={t('pathway.add.fromFileLabel')}
              multiple
              onFiles={(files) => void addUploadedParts(files)}
            />
          </label>
        )}
      </div>
    </div>
  );
}

function Findings({ findings }: { findings: ReturnType<typeof checkPathway> }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="pathway-checks-heading">
      <h2 id="pathway-checks-heading">{t('pathway.checks.heading')}</h2>
      {findings.length === 0 ? (
        <p className="tone-success">{t('pathway.checks.none')}</p>
      ) : (
        <ul className="findings" role="list">
          {findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
              <p>
                <span className="finding-severity">{t(`enums.severity.${finding.severity}`)}</span>
                <span>{formatFinding(t, finding)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const MARK: Record<Coverage, string> = { assessed: '●', taught: '◐', named: '○' };

function CoverageMatrix({ analysis, kind }: { analysis: PathwayAnalysis; kind: 'competence' | 'sdg' }) {
  const { t } = useTranslation();
  const catalog = useAppStore((s) => s.catalog);
  const targetTitle = (code: string) => (catalog ? (indexCatalog(catalog).target(code)?.title ?? '') : '');
  const rows: CoverageRow[] = kind === 'competence' ? analysis.competences : analysis.sdgTargets;
  const headingId = `pathway-coverage-${kind}`;
  const none = (row: CoverageRow) =>
    kind === 'competence' ? !row.cells.includes('assessed') : row.cells.every((cell) => cell === null);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(kind === 'competence' ? 'pathway.coverage.competences' : 'pathway.coverage.sdgs')}</h2>
      <p className="muted">
        {t('pathway.coverage.legend', { assessed: MARK.assessed, taught: MARK.taught, named: MARK.named })}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('pathway.coverage.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="coverage-matrix">
            <caption className="visually-hidden">
              {t(kind === 'competence' ? 'pathway.coverage.competences' : 'pathway.coverage.sdgs')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(kind === 'competence' ? 'pathway.coverage.competence' : 'pathway.coverage.sdg')}</th>
                <th scope="col">{t('pathway.coverage.promised')}</th>
                {analysis.parts.map((p) => (
                  <th scope="col" key={p.part.id} title={p.design?.title ?? p.part.title}>
                    P{p.position}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.promised && none(row) ? 'gap' : undefined}>
                  <th scope="row">
                    {kind === 'sdg' ? (
                      <>
                        <strong>{row.label}</strong> <span className="muted">{targetTitle(row.key)}</span>
                      </>
                    ) : (
                      row.label
                    )}
                    {row.promised && none(row) && (
                      <span className="tone-error">
                        {' '}
                        {t(kind === 'competence' ? 'pathway.coverage.noneAssesses' : 'pathway.coverage.noneCovers')}
                      </span>
                    )}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      checked={row.promised}
                      aria-label={t('pathway.coverage.promise', { item: row.label })}
                      onChange={() => togglePromised(row, kind)}
                    />
                  </td>
                  {row.cells.map((cell, index) => (
                    <td key={index} className={cell ? `cell-${cell}` : 'cell-none'}>
                      <span aria-hidden="true">{cell ? MARK[cell] : '·'}</span>
                      <span className="visually-hidden">{t(`pathway.coverage.${cell ?? 'none'}`)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Overlaps({ analysis }: { analysis: PathwayAnalysis }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="pathway-overlaps-heading">
      <h2 id="pathway-overlaps-heading">{t('pathway.overlaps.heading')}</h2>
      {analysis.overlaps.length === 0 ? (
        <p className="muted">{t('pathway.overlaps.none')}</p>
      ) : (
        <>
          <p className="muted">{t('pathway.overlaps.intro')}</p>
          <ul>
            {analysis.overlaps.map((row) => (
              <li key={row.key}>
                {t('pathway.overlaps.row', {
                  item: row.label,
                  parts: row.cells
                    .map((cell, index) => (cell === 'assessed' ? `P${index + 1}` : null))
                    .filter(Boolean)
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Exports() {
  const { t } = useTranslation();
  const exporting = usePathwayStore((s) => s.exporting);
  const europass = usePathwayStore((s) => s.europass);
  const pathway = usePathwayStore((s) => s.pathway);
  const outdated = europass?.state === 'done' && europass.pathway !== pathway;
  return (
    <section className="section" aria-labelledby="pathway-export-heading">
      <h2 id="pathway-export-heading">{t('pathway.export.heading')}</h2>
      <p className="muted">{t('pathway.export.intro')}</p>
      <div className="toolbar pathway-exports">
        {(['docx', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            aria-busy={exporting === format || undefined}
            disabled={exporting !== null}
            onClick={() => void exportPathway(format)}
          >
            {t(`pathway.export.${format}`)}
          </button>
        ))}
        <button
          type="button"
          className="button"
          aria-busy={exporting === 'elm' || undefined}
          disabled={exporting !== null}
          onClick={() => void exportPathway('elm')}
        >
          {t('pathway.export.elmButton')}
        </button>
        <button
          type="button"
          className="button"
          aria-busy={europass?.state === 'running' || undefined}
          disabled={europass?.state === 'running'}
          onClick={() => void validatePathwayForEuropass()}
        >
          {t('pathway.export.validate')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {europass?.state === 'running' && <p>{t('pathway.export.validating')}</p>}
        {europass?.state === 'done' && (
          <div className="pathway-europass">
            {outdated && <p className="tone-warning">{t('pathway.export.outdated')}</p>}
            {europass.result.conforms ? (
              <p className="tone-success">{t('pathway.export.conforms')}</p>
            ) : (
              <>
                <p className="tone-error">
                  {t('pathway.export.violations', { count: europass.result.violations.length })}
                </p>
                <ul>
                  {europass.result.violations.map((v, index) => (
                    <li key={index}>
                      {v.profile}: {v.focusNode} {v.path ?? ''} — {v.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      <p className="muted">{t('pathway.export.fileNote', { extension: PATHWAY_FILE_EXTENSION })}</p>
    </section>
  );
}
