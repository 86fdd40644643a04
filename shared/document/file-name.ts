import type { ExportFormat } from '../api';
import type { Design } from '../model';
import type { DesignDocumentKind } from './documents';

/** A file name from the title that every file system accepts: "urban-heat-and-health-proposal.pdf". */
export function exportFileName(design: Design, kind: DesignDocumentKind, format: ExportFormat): string {
  const slug = design.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'design'}-${kind}.${format}`;
}
