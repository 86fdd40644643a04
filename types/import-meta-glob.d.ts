/**
 * `import.meta.glob` for the type check of shared/ alone (tsconfig.shared.json), which has no
 * Vite types. Vite and vitest implement it; scripts/import-glob-plugin.mjs does for esbuild.
 */
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
}
