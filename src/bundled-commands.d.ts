/** The slash-command modules of commands/, gathered into the bundle by scripts/bundle.ts (absent from the sources). */
declare module 'archivist:commands' {
  const modules: ReadonlyArray<{ file: string; module: { default?: unknown } }>;
  export default modules;
}
