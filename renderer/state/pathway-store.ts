import i18next from 'i18next';
import { create } from 'zustand';
import type { ExportFormat, OpenedPathway, PathwayEuropassValidation, PathwayPartSource } from '../../shared/api';
import { credentialFileName } from '../../shared/credentials/file-name';
import { exportFileName } from '../../shared/document';
import { titleSlug } from '../../shared/document/file-name';
import { newId, type Design } from '../../shared/model';
import {
  competenceKey,
  createPathway,
  MAX_PARTS,
  PATHWAY_FILE_EXTENSION,
  serialisePathway,
  type CoverageRow,
  type Pathway,
} from '../../shared/pathway';
import { attempt, base64Bytes, download, say } from './actions';
import { api, useAppStore } from './app-store';

/**
 * The pathway on the pathway screen (issue 20): the pathway file's content, where it lives
 * (desktop), and each part's design as it was found or added. Figures and checks are worked out
 * in the page from these with the same pure functions as the CLI and the document
 * (shared/pathway), so every edit shows at once.
 */

export interface PathwayState {
  pathway: Pathway | null;
  /** The pathway file on this computer (desktop), once opened or saved. */
  path: string | null;
  /** The name it was opened as or last downloaded under. */
  name: string;
  /** Each part's design (by part id), where it came from, or why it is missing. */
  parts: Record<string, PathwayPartSource>;
  /** Edits not yet in a file. */
  dirty: boolean;
  exporting: string | null;
  europass: { state: 'running' } | { state: 'done'; pathway: Pathway; result: PathwayEuropassValidation } | null;
}

const EMPTY: PathwayState = {
  pathway: null,
  path: null,
  name: '',
  parts: {},
  dirty: false,
  exporting: null,
  europass: null,
};

export const usePathwayStore = create<PathwayState>()(() => ({ ...EMPTY }));

const state = () => usePathwayStore.getState();
const setState = (partial: Partial<PathwayState>) => usePathwayStore.setState(partial);

/** Changes the pathway (an immutable update) and marks it unsaved. */
export function editPathway(recipe: (pathway: Pathway) => Pathway): void {
  const { pathway } = state();
  if (!pathway) return;
  setState({ pathway: { ...recipe(pathway), updated: new Date().toISOString() }, dirty: true });
}

/** The designs the page holds for the pathway's parts (what the back end needs besides the pathway). */
export const heldDesigns = (): Design[] =>
  Object.values(state().parts)
    .map((p) => p.design)
    .filter((design): design is Design => design !== null);

function show(opened: OpenedPathway, path: string | null): void {
  setState({
    ...EMPTY,
    pathway: opened.pathway,
    path,
    name: opened.source,
    parts: Object.fromEntries(opened.parts.map((p) => [p.partId, p])),
  });
  useAppStore.getState().set({ screen: 'pathway', notice: null });
}

export const newPathway = () =>
  attempt(async () =>
    show(
      {
        pathway: createPathway({ id: newId(), language: i18next.language || 'en' }),
        source: '',
        fromVersion: 1,
        parts: [],
      },
      null,
    ),
  );

export const openExamplePathway = () => attempt(async () => show(await api()['pathways.example']({}), null));

export const openPathwayWithDialog = () =>
  attempt(async () => {
    const path = await api()['dialogs.openPathway']({});
    if (path) show(await api()['pathways.open']({ path }), path);
  });

export const openUploadedPathway = (file: File) =>
  attempt(async () => show(await api()['pathways.parse']({ name: file.name, text: await file.text() }), null));

/** Adds a design as the last part (core); `file`: where its file is (a path on the desktop, a name in the browser). */
function addPart(design: Design, file: string, from: PathwayPartSource['from']): void {
  const { pathway } = state();
  if (!pathway) return;
  if (pathway.parts.length >= MAX_PARTS) return say('error', i18next.t('pathway.full', { count: MAX_PARTS }));
  if (pathway.parts.some((part) => part.designId === design.id))
    return say('error', i18next.t('pathway.alreadyPart', { title: design.title }));
  const part = { id: newId(), designId: design.id, file, title: design.title, required: true, prerequisites: [] };
  editPathway((p) => ({ ...p, parts: [...p.parts, part] }));
  setState({ parts: { ...state().parts, [part.id]: { partId: part.id, design, from, detail: file } } });
  say('info', i18next.t('pathway.added', { title: design.title || i18next.t('pathway.untitledPart') }));
}

export const addLibraryPart = (id: string) =>
  attempt(async () => addPart(await api()['library.get']({ id }), '', 'library'));

export const addExamplePart = (id: string) =>
  attempt(async () => addPart(await api()['catalog.example']({ id }), '', 'held'));

export const addPartFromDialog = () =>
  attempt(async () => {
    const path = await api()['dialogs.openDesign']({});
    if (!path) return;
    const opened = await api()['files.open']({ path });
    addPart(opened.design, path, 'file');
  });

export const addUploadedParts = (files: File[]) =>
  attempt(async () => {
    for (const file of files) {
      const opened = await api()['files.parse']({ name: file.name, text: await file.text() });
      addPart(opened.design, file.name, 'held');
    }
  });

/** A missing part's design supplied from a file (it must be the same design). */
export const locatePart = (partId: string, file: File | string) =>
  attempt(async () => {
    const opened =
      typeof file === 'string'
        ? await api()['files.open']({ path: file })
        : await api()['files.parse']({ name: file.name, text: await file.text() });
    const part = state().pathway?.parts.find((p) => p.id === partId);
    if (!part) return;
    if (opened.design.id !== part.designId)
      return say('error', i18next.t('pathway.otherDesign', { title: opened.design.title, part: part.title }));
    const name = typeof file === 'string' ? file : file.name;
    editPathway((p) => ({ ...p, parts: p.parts.map((q) => (q.id === partId ? { ...q, file: name } : q)) }));
    setState({
      parts: { ...state().parts, [partId]: { partId, design: opened.design, from: 'held', detail: name } },
    });
  });

export const locatePartWithDialog = (partId: string) =>
  attempt(async () => {
    const path = await api()['dialogs.openDesign']({});
    if (path) await locatePart(partId, path);
  });

export function removePart(partId: string): void {
  editPathway((p) => ({
    ...p,
    parts: p.parts
      .filter((part) => part.id !== partId)
      .map((part) => ({ ...part, prerequisites: part.prerequisites.filter((id) => id !== partId) })),
  }));
  const { [partId]: _removed, ...parts } = state().parts;
  setState({ parts });
}

/** Moves a part one place up (-1) or down (+1) in the suggested order. */
export function movePart(partId: string, by: -1 | 1): void {
  editPathway((p) => {
    const parts = [...p.parts];
    const from = parts.findIndex((part) => part.id === partId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= parts.length) return p;
    [parts[from], parts[to]] = [parts[to]!, parts[from]!];
    return { ...p, parts };
  });
}

export function togglePromised(row: CoverageRow, kind: 'competence' | 'sdg'): void {
  editPathway((p) => {
    if (kind === 'sdg')
      return {
        ...p,
        sdgTargets: p.sdgTargets.includes(row.key)
          ? p.sdgTargets.filter((code) => code !== row.key)
          : [...p.sdgTargets, row.key],
      };
    if (p.competences.some((c) => competenceKey(c) === row.key))
      return { ...p, competences: p.competences.filter((c) => competenceKey(c) !== row.key) };
    return row.competence ? { ...p, competences: [...p.competences, { ...row.competence, id: newId() }] } : p;
  });
}

/** Save: the desktop writes the pathway file (asking where the first time); the browser downloads it. */
export const savePathway = (as = false) =>
  attempt(async () => {
    const { pathway, path } = state();
    if (!pathway) return;
    const fileName = `${titleSlug(pathway, 'pathway')}${PATHWAY_FILE_EXTENSION}`;
    if (!useAppStore.getState().info?.nativeDialogs) {
      download(fileName, new Blob([serialisePathway(pathway)], { type: 'application/json' }));
      setState({ dirty: false, name: fileName });
      return say('info', i18next.t('pathway.downloadedFile', { file: fileName }));
    }
    const target =
      path && !as ? path : await api()['dialogs.saveFile']({ suggestedName: fileName, extension: 'cbpath' });
    if (!target) return;
    const saved = await api()['pathways.save']({ path: target, pathway, from: path });
    setState({ pathway: saved.pathway, path: saved.path, name: saved.path, dirty: false });
    say('info', i18next.t('pathway.savedTo', { path: saved.path }));
  });

/** The pathway document (DOCX, PDF) or its Europass data, saved (desktop) or downloaded (browser). */
export const exportPathway = (format: ExportFormat | 'elm') =>
  attempt(async () => {
    const { pathway, exporting } = state();
    if (!pathway || exporting) return;
    const designs = heldDesigns();
    const label = format === 'elm' ? i18next.t('pathway.export.elm') : i18next.t('pathway.export.document');
    const fileName = format === 'elm' ? credentialFileName(pathway, 'elm') : exportFileName(pathway, 'pathway', format);
    let path: string | null = null;
    if (useAppStore.getState().info?.nativeDialogs) {
      path = await api()['dialogs.saveFile']({
        suggestedName: fileName,
        extension: format === 'elm' ? 'jsonld' : format,
      });
      if (!path) return;
    }
    setState({ exporting: format });
    try {
      if (path) {
        if (format === 'elm') await api()['pathways.europassToFile']({ pathway, designs, path });
        else await api()['pathways.toFile']({ pathway, designs, format, path });
        say('info', i18next.t('exports.savedTo', { document: label, path }));
      } else if (format === 'elm') {
        const file = await api()['pathways.europass']({ pathway, designs });
        download(file.fileName, new Blob([file.text], { type: file.mime }));
        say('info', i18next.t('exports.downloaded', { document: label, file: file.fileName }));
      } else {
        const file = await api()['pathways.render']({ pathway, designs, format });
        download(file.fileName, new Blob([base64Bytes(file.base64)], { type: file.mime }));
        say('info', i18next.t('exports.downloaded', { document: label, file: file.fileName }));
      }
    } finally {
      setState({ exporting: null });
    }
  });

export const validatePathwayForEuropass = () =>
  attempt(async () => {
    const { pathway, europass } = state();
    if (!pathway || europass?.state === 'running') return;
    setState({ europass: { state: 'running' } });
    try {
      const result = await api()['pathways.validateEuropass']({ pathway, designs: heldDesigns() });
      setState({ europass: { state: 'done', pathway, result } });
    } catch (error) {
      setState({ europass: null });
      throw error;
    }
  });

export const closePathway = () => {
  setState({ ...EMPTY });
  useAppStore.getState().set({ screen: 'start', notice: null });
};
