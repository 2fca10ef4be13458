// Types for the TypeScript tests; the module itself stays CommonJS for webpack.config.js.
import type { Compiler } from "webpack";
declare class LocalizedMetadataPlugin {
  constructor(options: { source?: string; locales: { locale: string; output: string; table: string }[]; hostUrl?: string | null });
  apply(compiler: Compiler): void;
}
export = LocalizedMetadataPlugin;
