// Minimal typings for the context packages, which ship none.

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
