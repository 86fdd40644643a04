import { useTranslation } from 'react-i18next';
import type { StepId } from '../../../shared/catalog';
import type { Interpretation } from '../../../shared/model';
import { useAppStore } from '../../state/app-store';
import { FallbackHint } from '../../components/FallbackHint';

/** What this step asks for under the chosen reading (from templates/interpretations, not code). */
export function StepGuidance({ step, interpretation }: { step: StepId; interpretation: Interpretation }) {
  const { t } = useTranslation();
  const guide = useAppStore((s) => s.catalog!.interpretations.find((g) => g.id === interpretation));
  if (!guide) return null;
  const guidance = guide.steps[step];
  return (
    <section className="guidance" aria-label={t('design.guidance', { reading: `(${guide.name})` })}>
      <FallbackHint id={guide.id} />
      <p>{guidance.prompt}</p>
      {guidance.emphasis.length > 0 && (
        <>
          <h3 className="guidance-title">{t('design.emphasis')}</h3>
          <ul>
            {guidance.emphasis.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
