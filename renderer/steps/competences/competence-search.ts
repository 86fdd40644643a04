import type { Framework, FrameworkArea, FrameworkCompetence } from '../../../shared/catalog';
import type { Competence, FrameworkId } from '../../../shared/model';

export interface FrameworkHit {
  framework: Framework;
  area: FrameworkArea;
  competence: FrameworkCompetence;
}

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase();

/** Competences of one framework (or all), whose code, title, description or area match every word. */
export function searchFrameworks(
  frameworks: Framework[],
  frameworkId: FrameworkId | null,
  query: string,
): FrameworkHit[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const hits: FrameworkHit[] = [];
  for (const framework of frameworks) {
    if (frameworkId && framework.id !== frameworkId) continue;
    for (const area of framework.areas)
      for (const competence of area.competences) {
        const text = normalise(`${competence.code} ${competence.title} ${competence.description} ${area.title}`);
        if (words.every((word) => text.includes(word))) hits.push({ framework, area, competence });
      }
  }
  return hits;
}

/** "GreenComp 2.1 Systems thinking", or a custom competence's own title. */
export function competenceLabel(frameworks: Framework[], competence: Competence): string {
  const source = competence.source;
  if (source.kind === 'custom') return source.title;
  const framework = frameworks.find((f) => f.id === source.framework);
  for (const area of framework?.areas ?? []) {
    const found = area.competences.find((c) => c.id === source.ref);
    if (found) return `${framework!.name} ${found.code} ${found.title}`;
  }
  return source.ref;
}
