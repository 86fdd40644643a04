import { version } from '../package.json';

/**
 * What the product is called and what it writes, defined once: the window title, the documents'
 * metadata, the library folder's name, the CLI's --version and the file dialogs read them here.
 */
export const PRODUCT_NAME = 'Challenge Designer';

/** The version from package.json (bundled at build time, so nothing reads the file at run time). */
export const APP_VERSION: string = version;

/** A design file's type (its extension without the dot) and extension. */
export const DESIGN_FILE_TYPE = 'cbld';
export const DESIGN_FILE_EXTENSION = `.${DESIGN_FILE_TYPE}` as const;
/** A pathway file's type and extension (issue 20: several designs stacked into one credential). */
export const PATHWAY_FILE_TYPE = 'cbpath';
export const PATHWAY_FILE_EXTENSION = `.${PATHWAY_FILE_TYPE}` as const;
/** Any case counts: "Proposal.CBLD" from a Windows share is a design file too. */
export const isDesignFileName = (name: string) => name.toLowerCase().endsWith(DESIGN_FILE_EXTENSION);
