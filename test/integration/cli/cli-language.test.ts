import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../main/cli/locales/en.json';
import { cli, cliWith } from '../../helpers/cli';
import { docxParts } from '../../helpers/exported';
import { EXAMPLES_DIR, exampleFiles } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'designs');
const FR = { LANG: 'fr_FR.UTF-8' };

/** The CLI speaks the user's language (--lang, else LC_ALL/LC_MESSAGES/LANG); documents keep the design's. */
describe('challenge-designer in the user’s language', () => {
  const tempDir = useTempDirs();

  it('--lang de --help: German descriptions and commander’s titles in German', async () => {
    const result = await cliWith(FR, '--lang', 'de', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Aufruf: challenge-designer/);
    expect(result.out).toContain('Optionen:');
    expect(result.out).toContain('Befehle:');
    expect(result.out).toContain('Hilfe zum Befehl anzeigen');
    expect(result.out).toMatch(/Prüfen, ob Konzeptdateien lesbar und gültig sind/);
    // No English description is left (the English catalogue's help texts).
    for (const text of [en.help.validate.description, en.help.list.description, en.help.helpOption, 'Usage:'])
      expect(result.out).not.toContain(text);
  });

  it('a command’s help is German too: its options, choices, defaults and the global options', async () => {
    const exportHelp = await cliWith({ LANG: 'de_DE.UTF-8' }, 'export', '--help');
    expect(exportHelp.out).toContain('Argumente:');
    expect(exportHelp.out).toContain('Globale Optionen:');
    expect(exportHelp.out).toMatch(/mögliche Werte: spec, syllabus, proposal, review/);
    expect(exportHelp.out).toMatch(/die Ausgabedatei ersetzen, falls sie existiert/);
    const list = await cliWith({ LANG: 'de_DE.UTF-8' }, 'list', '--help');
    expect(list.out).toMatch(/wie viele \(1-500\) \(Standard: 50\)/);
  });

  it('LANG=fr_FR.UTF-8: validate and check answer in French, findings included', async () => {
    const validate = await cliWith(FR, 'validate', join(FIXTURES, 'v1-sample.cbld'));
    expect(validate.out).toMatch(/v1-sample\.cbld\u00a0: valide \(format 1, lisible\)$/);

    const broken = join(tempDir(), 'bad.cbld');
    writeFileSync(broken, '{"schemaVersion": 1, "title": ');
    const check = await cliWith(FR, 'check', broken, join(FIXTURES, 'v0-prototype.cbld'));
    expect(check.code).toBe(2);
    expect(check.out).toMatch(/bad\.cbld\u00a0: illisible\u00a0: /);
    expect(check.out).toMatch(
      /«\u00a0Sample\u00a0» — 5 erreurs, 7 avertissements, 6 conseils\u202f; prêt à \d+\u00a0%/,
    );
    expect(check.out.split('\n')).toContain('  Erreurs\u00a0:');
    // The findings come from the shared messages, in French too.
    expect(check.out).toMatch(/Il manque l’élément 3 des microcertifications de l’UE/);
    expect(check.out).not.toMatch(/EU micro-credential element/);
  });

  it('says what went wrong in the user’s language: unreadable files, a refused overwrite, a bilingual export', async () => {
    const folder = tempDir();
    const missing = join(folder, 'Σχέδιο ș ț 🌍.cbld');
    const de = await cliWith({ LANG: 'de_DE.UTF-8' }, 'validate', missing);
    expect(de.code).not.toBe(0);
    expect(de.out).toContain(`${missing}: Die Datei ${missing} existiert nicht`);
    expect(de.out).not.toMatch(/does not exist/);

    const broken = join(folder, 'broken.cbld');
    writeFileSync(broken, '{"schemaVersion": 3,');
    const el = await cliWith({ LANG: 'el_GR.UTF-8' }, 'validate', broken);
    expect(el.out).toMatch(/Το αρχείο τελειώνει πρόωρα στη γραμμή 1/);

    const example = exampleFiles()[0]!;
    const out = join(folder, 'proposal.docx');
    writeFileSync(out, 'the board’s copy');
    const sv = await cliWith(
      { LANG: 'sv_SE.UTF-8' },
      'export',
      example,
      '--document',
      'proposal',
      '--format',
      'docx',
      '--out',
      out,
    );
    expect(sv.code).toBe(1);
    expect(sv.err).toMatch(/finns redan/);
    expect(readFileSync(out, 'utf8')).toBe('the board’s copy');

    const it = await cliWith(
      { LANG: 'it_IT.UTF-8' },
      'export',
      example,
      '--document',
      'syllabus',
      '--format',
      'pdf',
      '--second-language',
      'fr',
      '--out',
      join(folder, 'x.pdf'),
    );
    expect(it.code).toBe(2);
    expect(it.err).toMatch(/Solo la specifica può essere esportata in due lingue/);
    expect(it.err).not.toMatch(/Only the specification/);
  });

  it('import --lang de: a file that is no credential is refused in German, into the library and with --out', async () => {
    const dir = tempDir();
    const person = join(dir, 'Person ș 🌍.jsonld');
    writeFileSync(person, JSON.stringify({ '@context': 'https://schema.org', type: 'Person', name: 'Ana' }));
    const empty = join(dir, 'leer.json');
    writeFileSync(
      empty,
      JSON.stringify({ credential: { type: ['VerifiableCredential', 'EuropeanDigitalCredential'] } }),
    );
    const library = await cliWith(FR, '--lang', 'de', 'import', person, empty, '--library', join(dir, 'library'));
    expect(library.code).toBe(1);
    expect(library.out).toContain(
      `${person}: Diese Datei ist weder eine Lerngelegenheit, eine Spezifikation oder ein Nachweis nach Europass (ELM) noch eine Leistung oder ein Nachweis nach Open Badges 3.0.`,
    );
    expect(library.out).toContain(
      `${empty}: Der Nachweis enthält keine Lernleistung, die sich als Konzept öffnen ließe.`,
    );
    expect(library.out).not.toMatch(/not a Europass|learning achievement/);

    const out = join(dir, 'kurs.cbld');
    const converted = await cliWith({}, 'import', empty, '--out', out, '--lang', 'de');
    expect(converted.code).toBe(1);
    expect(converted.out).toBe(`${empty}: Der Nachweis enthält keine Lernleistung, die sich als Konzept öffnen ließe.`);
    expect(existsSync(out)).toBe(false);
    // Without a language, the same refusal in English, as before.
    expect((await cli('import', empty, '--out', out)).out).toMatch(/holds no learning achievement to open as a design/);
  });

  it('import --lang de: what a credential holds that a design cannot is listed in German too', async () => {
    const sample = join(import.meta.dirname, '..', '..', 'fixtures', 'elm', 'Sample-MC-Annex1-unsigned.jsonld');
    const result = await cliWith({}, '--lang', 'de', 'import', sample, '--out', join(tempDir(), 'kurs.cbld'));
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Nicht übernommen');
    expect(result.out).toContain(
      'credentialSubject.fullName: (Daten der lernenden Person: werden bei der Ausstellung eingetragen und gehören nicht zum Konzept)',
    );
    expect(result.out).not.toContain('the learner’s own data');
  });

  it('LC_ALL=C keeps English whatever LANG says; LC_MESSAGES outranks LANG', async () => {
    const c = await cliWith({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }, 'validate', join(FIXTURES, 'v1-sample.cbld'));
    expect(c.out).toMatch(/v1-sample\.cbld: valid \(format 1, readable\)$/);
    const messages = await cliWith(
      { LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'fr_FR.UTF-8' },
      'validate',
      join(FIXTURES, 'v1-sample.cbld'),
    );
    expect(messages.out).toMatch(/giltig \(format 1, läsbar\)$/);
  });

  it('--lang xx is a usage error that lists the languages (exit 2), in the environment’s language', async () => {
    const english = await cli('--lang', 'xx', 'list');
    expect(english.code).toBe(2);
    expect(english.err).toMatch(
      /error: option '--lang <code>' argument 'xx' is invalid\. The CLI speaks en, de, el, es, fr, it, ro, sv\./,
    );
    const german = await cliWith({ LANG: 'de_DE.UTF-8' }, 'list', '--lang=pt');
    expect(german.code).toBe(2);
    expect(german.err).toMatch(
      /Fehler: Wert „pt“ der Option „--lang <code>“ ist ungültig\. Verfügbare Sprachen: en, de/,
    );
  });

  it('commander’s usage errors come in the CLI language', async () => {
    const limit = await cliWith({}, '--lang', 'de', 'list', '--limit', 'abc');
    expect(limit.code).toBe(2);
    expect(limit.err).toContain(
      'Fehler: Wert „abc“ der Option „--limit <n>“ ist ungültig. --limit muss eine ganze Zahl von 1 bis 500 sein.',
    );
    const typo = await cliWith({ LANG: 'es_ES.UTF-8' }, 'valdate');
    expect(typo.err).toMatch(/error: comando desconocido «valdate»\n\(¿Quería decir validate\?\)/);
    const conflict = await cliWith(FR, 'import', '--as-copy', '--replace', 'x.cbld');
    expect(conflict.err).toMatch(/erreur\u00a0: l’option «\u00a0--as-copy\u00a0» ne peut pas être utilisée avec/);
    const format = await cliWith({ LANG: 'it_IT.UTF-8' }, 'export', 'x.cbld', '--format', 'odt');
    expect(format.err).toMatch(/Valori possibili: docx, pdf, elm/);
    const missing = await cliWith({ LANG: 'el_GR.UTF-8' }, 'export', 'x.cbld');
    expect(missing.err).toMatch(/σφάλμα: δεν δόθηκε η υποχρεωτική επιλογή «--format <format>»/);
    const mine = await cliWith({ LANG: 'sv_SE.UTF-8' }, 'export', 'x.cbld', '--format', 'pdf');
    expect(mine.err).toMatch(/--format pdf exporterar ett dokument: ange vilket med --document/);
  });

  it('Romanian: ș and ț, and the one/few/other plural forms of its counts', async () => {
    const check = await cliWith({ LANG: 'ro_RO.UTF-8' }, 'check', join(FIXTURES, 'v0-prototype.cbld'));
    expect(check.out).toMatch(/„Sample” — 5 erori, 7 avertismente, 6 recomandări; pregătire: \d+ %/);
    expect(check.out.split('\n')).toContain('  Recomandări:');
    const dir = tempDir();
    for (const name of readdirSync(EXAMPLES_DIR)) copyFileSync(join(EXAMPLES_DIR, name), join(dir, name));
    const pathway = await cliWith(
      { LANG: 'ro_RO.UTF-8' },
      'pathway',
      'check',
      join(dir, 'cities-in-transition.cbpath'),
      '--library',
      tempDir(),
    );
    expect(pathway.out).toMatch(/„Cities in Transition[^”]*” — 3 module; /);
    expect(pathway.out).toMatch(
      /Acoperire: 16 competențe, 9 ținte ODD; promise, dar evaluate de niciun modul: niciuna; /,
    );
    expect(pathway.out).toMatch(/CEC 6, 7 \(traseu: 7\)/);
    expect(check.out + pathway.out).toMatch(/ș/);
    expect(check.out + pathway.out).not.toMatch(/[şţŞŢ]/);
  });

  it('exported documents keep the design’s language: only what the CLI says changes', async () => {
    const dir = tempDir();
    const design = join(dir, 'heat.cbld');
    copyFileSync(
      exampleFiles().find((file) => file.endsWith('theme-urban-heat.cbld'))!,
      design,
    );
    const fr = join(dir, 'fr.docx');
    const result = await cliWith(FR, 'export', design, '--document', 'spec', '--format', 'docx', '--out', fr);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Écrit\u00a0: .*fr\.docx \(\d+ Ko\)$/);
    const english = join(dir, 'en.docx');
    await cli('export', design, '--document', 'spec', '--format', 'docx', '--out', english);
    const documentXml = (file: string) => docxParts(readFileSync(file))['word/document.xml']!;
    const text = (file: string) => documentXml(file).replace(/<[^>]+>/g, ' ');
    expect(text(fr)).toContain('EU micro-credential elements (Annex I)');
    expect(text(fr)).toBe(text(english));
  });
});
