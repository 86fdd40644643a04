import type { Design } from '../model';

/**
 * The texts of a design in one language: its own, then each of its translations (title, summary
 * and outcomes, `design.translations`). Every language map of the machine-readable exports (ELM
 * `title`, `description`, outcome titles; Open Badges `inLanguage` and its translations) carries
 * them all; a text not translated yet is left out of that language's entry.
 */
export interface LanguageVariant {
  /** BCP 47 tag: "en", "ro", "pt-BR". */
  language: string;
  title: string;
  summary: string;
  /** Outcome id → statement in this language. */
  outcomes: Readonly<Record<string, string>>;
}

export function languageVariants(design: Design): LanguageVariant[] {
  return [
    {
      language: design.language,
      title: design.title,
      summary: design.summary,
      outcomes: Object.fromEntries(design.outcomes.map((outcome) => [outcome.id, outcome.statement])),
    },
    ...design.translations.map((translation) => ({
      language: translation.language,
      title: translation.title,
      summary: translation.summary,
      outcomes: translation.outcomes,
    })),
  ];
}

/** A JSON-LD language map of every variant that has the text; undefined when none has it. */
export function languageMap(
  variants: readonly LanguageVariant[],
  text: (variant: LanguageVariant) => string | undefined,
): Record<string, string> | undefined {
  const entries = variants
    .map((variant) => [variant.language, text(variant)?.trim() ?? ''] as const)
    .filter(([, value]) => value !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
