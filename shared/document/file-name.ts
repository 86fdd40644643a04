import type { Design } from '../model';
import type { DocumentModelKind, ExportFormat } from './model';
import { DESIGN_FILE_TYPE } from '../product';

/** A file name from the title that every file system accepts: "urban-heat-and-health-proposal.pdf". */
export function exportFileName(
  titled: { title: string; language?: string },
  kind: DocumentModelKind,
  format: ExportFormat,
  secondLanguage?: string,
): string {
  const languages = secondLanguage ? `-${titled.language}-${secondLanguage}` : '';
  return `${titleSlug(titled, kind === 'pathway' ? 'untitled' : 'design')}-${kind}${languages}.${format}`;
}

/** The title as a file-name stem: "Heat & Health (Rome)" → "heat-health-rome"; `empty` when it has none. */
export function titleSlug(titled: { title: string }, empty = 'design'): string {
  const slug = titled.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || empty;
}

/** Characters no file system takes in a name (Windows is the strictest). */
const FORBIDDEN = /[\\/:*?"<>|]/g;
/** Control characters (tabs, line breaks pasted into a title): never part of a file name. */
const isControl = (char: string) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * A design file's name from its title, as readable as the title: "Heat: Sector 3" →
 * "Heat Sector 3.cbld". Forbidden characters become a space, spaces never double, no trailing
 * dots or spaces (Windows drops them), at most 80 characters as people count them, never a
 * reserved device name.
 */
export function designFileName(design: Pick<Design, 'title'>, extension: string = DESIGN_FILE_TYPE): string {
  let name = [...design.title.normalize('NFC')]
    .map((char) => (isControl(char) ? ' ' : char))
    .join('')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut between characters as people see them, so an emoji or a letter with its accent stays whole.
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(name)];
  name = graphemes
    .slice(0, 80)
    .map((part) => part.segment)
    .join('')
    .replace(/[\s.]+$/, '');
  if (!name || RESERVED.test(name)) name = name ? `${name} design` : 'design';
  return `${name}.${extension}`;
}
