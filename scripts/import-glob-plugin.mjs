// Vite's `import.meta.glob(pattern, { eager: true, import: 'default' })` for esbuild, so the
// Node side finds its locale files the way the renderer and vitest do: adding a language is
// adding a file. Only the forms the code uses are supported: a relative `folder/*.ext` pattern,
// eager (an object of static imports) or lazy (`{ import: 'default' }` without `eager`: an object
// of functions that import one file each, so each file becomes a chunk loaded when asked for).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GLOB =
  /import\.meta\.glob(?:<[^>()]*>)?\(\s*'([^']+)'\s*,\s*\{\s*(eager:\s*true,\s*)?import:\s*'default'\s*,?\s*\}\s*\)/g;

/** The source with each glob replaced by an object of static imports (or of loaders), or null if none. */
export function expandImportGlobs(source, file) {
  if (!source.includes('import.meta.glob')) return null;
  const imports = [];
  const expanded = source.replace(GLOB, (_call, pattern, eager) => {
    const match = /^(\.{1,2}\/(?:[^*]*\/)?)\*(\.[\w.]+)$/.exec(pattern);
    if (!match) throw new Error(`${file}: import.meta.glob('${pattern}') is not of the form './folder/*.ext'`);
    const [, folder, extension] = match;
    const names = readdirSync(join(dirname(file), folder))
      .filter((name) => name.endsWith(extension))
      .sort();
    const entries = names.map((name) => {
      const path = JSON.stringify(folder + name);
      if (!eager) return `${path}: () => import(${path}).then((module) => module.default)`;
      const id = `__glob_${imports.length}`;
      imports.push(`import ${id} from ${path};`);
      return `${path}: ${id}`;
    });
    return `{ ${entries.join(', ')} }`;
  });
  if (expanded.includes('import.meta.glob('))
    throw new Error(`${file}: an import.meta.glob call this build cannot expand`);
  return `${imports.join('\n')}\n${expanded}`;
}

/**
 * The esbuild plugin. With `fileLocations`, each source file also keeps its own
 * `import.meta.dirname`/`filename`/`url`, for a bundle written elsewhere than its sources (the
 * benchmarks, scripts/run-bench.mjs), whose helpers find files relative to themselves.
 */
export function importGlobs({ fileLocations = false } = {}) {
  return {
    name: 'import-meta-glob',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const expanded = expandImportGlobs(source, args.path);
        if (expanded === null && !fileLocations) return undefined;
        const contents = fileLocations
          ? (expanded ?? source)
              .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
              .replaceAll('import.meta.filename', JSON.stringify(args.path))
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          : expanded;
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

export const importGlobPlugin = importGlobs();
