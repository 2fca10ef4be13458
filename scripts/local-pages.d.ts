// Types for the TypeScript tests; the module itself stays CommonJS for the .mjs benchmark.
export const OFFICE_CDN: string;
export const OFFICE_JS_DIR: string;
export const CHROMIUM_ARGS: readonly string[];
export function chromiumPath(): string;
export function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }>;
export function officeJsFile(url: string): string | null;
