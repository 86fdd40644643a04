import { describe, expect, it } from 'vitest';
import { buildVerbIndex, runChecks } from '../../../shared/checks';
import { createTranslator, formatFinding } from '../../../shared/i18n';
import type { BloomLevel } from '../../../shared/model';
import { catalog, checkContext } from '../../helpers/catalog';
import { clone, loadExample } from '../../helpers/designs';

const index = (language: string) => buildVerbIndex(catalog(language).bloom);

/**
 * Outcome statements as universities in each language write them: the lead-in their templates
 * use, inflected verbs, and German with the verb last. [statement, verb found, its level].
 */
const FOUND: Record<string, [string, string, BloomLevel][]> = {
  en: [
    ['Students will be able to analyse the causes of urban heat islands.', 'analyse', 'analyse'],
    [
      'By the end of the course, students will be able to: design a monitoring plan for a river catchment.',
      'design',
      'create',
    ],
    [
      'On successful completion of this module, learners can evaluate competing policy options.',
      'evaluate',
      'evaluate',
    ],
    ['Designs and tests a prototype with the challenge owner.', 'designs', 'create'],
  ],
  de: [
    [
      'Die Studierenden können die Ursachen städtischer Hitzeinseln anhand von Messdaten analysieren.',
      'analysieren',
      'analyse',
    ],
    [
      'Nach erfolgreichem Abschluss des Moduls können die Studierenden ein Monitoringkonzept für ein Flusseinzugsgebiet entwickeln.',
      'entwickeln',
      'create',
    ],
    ['Die Studierenden sind in der Lage, konkurrierende politische Maßnahmen zu bewerten.', 'bewerten', 'evaluate'],
    // A separable verb takes its "zu" inside: anwenden → anzuwenden, zusammenfassen → zusammenzufassen.
    ['Die Studierenden sind in der Lage, statistische Verfahren auf Messreihen anzuwenden.', 'anzuwenden', 'apply'],
    [
      'Die Studierenden sind in der Lage, Forschungsergebnisse verständlich zusammenzufassen.',
      'zusammenzufassen',
      'understand',
    ],
    ['Die Studierenden analysieren Datensätze aus eigenen Feldstudien.', 'analysieren', 'analyse'],
    ['Datensätze aus Feldstudien kritisch beurteilen', 'beurteilen', 'evaluate'],
    ['Die oder der Studierende analysiert die Wirkung kommunaler Klimaanpassung.', 'analysiert', 'analyse'],
  ],
  el: [
    ['Οι φοιτητές θα είναι σε θέση να αναλύουν τα αίτια των αστικών θερμικών νησίδων.', 'αναλύουν', 'analyse'],
    [
      'Με την ολοκλήρωση του μαθήματος, οι φοιτητές/φοιτήτριες θα μπορούν να σχεδιάζουν ένα σχέδιο παρακολούθησης της λεκάνης απορροής.',
      'σχεδιάζουν',
      'create',
    ],
    ['Θα είναι σε θέση να αξιολογεί εναλλακτικές πολιτικές προσαρμογής.', 'αξιολογεί', 'evaluate'],
    ['Ο φοιτητής θα είναι σε θέση να ερμηνεύσει δεδομένα θερμοκρασίας.', 'ερμηνεύσει', 'understand'],
    // The aorist after "να", whose stem changes: σχεδιάζει → σχεδιάσει, ελέγχει → ελέγξει,
    // περιγράφει → περιγράψει, αξιολογεί → αξιολογήσει, οργανώνει → οργανώσουν.
    ['Ο φοιτητής θα είναι σε θέση να σχεδιάσει ένα σχέδιο προσαρμογής.', 'σχεδιάσει', 'create'],
    ['Θα είναι σε θέση να ελέγξει την αξιοπιστία των πηγών.', 'ελέγξει', 'analyse'],
    ['Θα μπορεί να περιγράψει τις αιτίες της αστικής θερμικής νησίδας.', 'περιγράψει', 'understand'],
    ['Οι φοιτητές θα είναι σε θέση να αξιολογήσουν εναλλακτικές πολιτικές.', 'αξιολογήσουν', 'evaluate'],
    ['Οι ομάδες θα μπορούν να οργανώσουν μια δημόσια διαβούλευση.', 'οργανώσουν', 'analyse'],
  ],
  es: [
    ['El estudiante será capaz de analizar las causas de las islas de calor urbanas.', 'analizar', 'analyse'],
    [
      'Al finalizar la asignatura, los estudiantes podrán diseñar un plan de seguimiento de una cuenca fluvial.',
      'diseñar',
      'create',
    ],
    ['Analiza datos de temperatura de distintos barrios.', 'analiza', 'analyse'],
    // The stress moves onto the stem: "evaluar" → "evalúa", "evalúan".
    ['El estudiante evalúa opciones de política en competencia.', 'evalúa', 'evaluate'],
    ['Los equipos evalúan el impacto social del proyecto.', 'evalúan', 'evaluate'],
  ],
  fr: [
    ['L’étudiant sera capable d’analyser les causes des îlots de chaleur urbains.', 'analyser', 'analyse'],
    [
      'À l’issue du cours, les étudiants seront en mesure de concevoir un plan de suivi d’un bassin versant.',
      'concevoir',
      'create',
    ],
    ['Évalue des options politiques concurrentes.', 'évalue', 'evaluate'],
  ],
  it: [
    ['Lo studente sarà in grado di analizzare le cause delle isole di calore urbane.', 'analizzare', 'analyse'],
    [
      'Al termine del corso, gli studenti saranno in grado di progettare un piano di monitoraggio di un bacino fluviale.',
      'progettare',
      'create',
    ],
    ['Valuta opzioni politiche alternative.', 'valuta', 'evaluate'],
  ],
  ro: [
    ['Studentul va fi capabil să analizeze cauzele insulelor de căldură urbane.', 'analizeze', 'analyse'],
    ['La finalul cursului, studenții vor putea să evalueze opțiuni de politici concurente.', 'evalueze', 'evaluate'],
    ['Evaluează impactul social al proiectului.', 'evaluează', 'evaluate'],
    ['Reflectează asupra propriului proces de învățare.', 'reflectează', 'evaluate'],
    ['Să reflecteze critic asupra rolului de facilitator.', 'reflecteze', 'evaluate'],
    // Typed with cedillas (ş ţ) instead of the comma-below letters.
    ['Studenţii vor fi capabili să identifice sursele de poluare.', 'identifice', 'remember'],
  ],
  sv: [
    ['Efter avslutad kurs ska studenten kunna analysera orsakerna till urbana värmeöar.', 'analysera', 'analyse'],
    ['Studenten ska kunna utforma en övervakningsplan för ett avrinningsområde.', 'utforma', 'create'],
    ['För godkänt resultat ska studenten kunna: värdera konkurrerande policyalternativ.', 'värdera', 'evaluate'],
    ['Studenten analyserar data från egna fältstudier.', 'analyserar', 'analyse'],
  ],
};

/** Statements with no action verb where one belongs, though a word looks like one. */
const NONE: Record<string, string[]> = {
  en: ['Evaluation of urban heat islands in the city centre'],
  de: ['Die Anwendung statistischer Verfahren in der Stadtplanung'],
  ro: ['Efectele schimbărilor climatice asupra orașelor'],
  it: ['Progetti di quartiere e partecipazione civica'],
};

describe('the action verb of an outcome, in each language', () => {
  const cases = Object.entries(FOUND).flatMap(([language, rows]) => rows.map((row) => [language, ...row] as const));
  it.each(cases)('%s: “%s” → %s (%s)', (language, statement, verb, level) => {
    expect(index(language).leadingVerb(statement)).toEqual({ verb, level });
  });

  const nones = Object.entries(NONE).flatMap(([language, rows]) => rows.map((row) => [language, row] as const));
  it.each(nones)('%s: “%s” has none (a noun is not its verb’s stem plus an ending)', (language, statement) => {
    expect(index(language).leadingVerb(statement)).toBeNull();
  });

  it('reports the first vague phrase in list order, wherever it stands in the statement', () => {
    const en = index('en');
    // "know" comes before "understand" in the list.
    expect(en.vagueVerb('Understand and know the causes of heat islands')).toBe('know');
    expect(en.vagueVerb('Become familiar with local data')).toBe('become familiar with');
    expect(en.vagueVerb('Analyse the knowledge base')).toBeNull();
    expect(index('de').vagueVerb('Die Studierenden kennen die Ursachen')).toBe('kennen');
    expect(index('el').vagueVerb('Οι φοιτητές θα είναι σε θέση να κατανοούν τα αίτια')).toBe('κατανοούν');
  });

  it('German challenge statements may end with their verb', () => {
    const de = index('de');
    expect(
      de.hasActionVerb('Ein Konzept für klimaresiliente Innenhöfe gemeinsam mit der Stadt Tübingen entwickeln', 8),
    ).toBe(true);
    expect(
      index('en').hasActionVerb(
        'Climate-resilient courtyards in the old town of Tübingen, with the city council, to develop',
        8,
      ),
    ).toBe(false);
  });
});

describe('verb messages read right whatever the verb’s place', () => {
  it('a German outcome with its verb last is neither "without verb" nor mismatched', () => {
    const design = clone(loadExample('theme'));
    design.language = 'de';
    design.outcomes[0]!.statement =
      'Die Studierenden können die Ursachen städtischer Hitzeinseln anhand von Messdaten analysieren.';
    design.outcomes[0]!.bloom = 'analyse';
    const findings = runChecks(design, checkContext('de')).findings.filter(
      (f) => f.target.itemId === design.outcomes[0]!.id,
    );
    expect(findings.map((f) => f.code)).not.toContain('outcome.no-observable-verb');
    expect(findings.map((f) => f.code)).not.toContain('outcome.bloom-verb-mismatch');
  });

  it.each(['en', 'de', 'el', 'es', 'fr', 'it', 'ro', 'sv'])(
    '%s: no message claims the verb opens the statement',
    (language) => {
      const t = createTranslator(language);
      const params = { outcome: 'LO1', statement: '…', verb: 'x', verbLevel: 'analyse', level: 'create' };
      const texts = [
        formatFinding(t, { messageKey: 'checks.outcome.no-observable-verb', params }),
        formatFinding(t, { messageKey: 'checks.outcome.bloom-verb-mismatch', params }),
        t('checks.challenge.statement-not-actionable', { context: 'no-verb' }),
      ];
      // "starts with", "beginnt mit", "commence par", "empieza con", "inizia con", "începe cu",
      // "börjar med", "αρχίζει με", and "near its start / at the start" in each.
      const opens =
        /start|beginn|commence|début|empieza|inicio|inizi|începe|început|börja|början|αρχ(?:ίζει|ή)|Anfang/iu;
      for (const text of texts) expect(text).not.toMatch(opens);
    },
  );
});
