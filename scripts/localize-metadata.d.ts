// Types for the TypeScript tests; the module itself stays CommonJS for webpack.config.js.
export type LocalizeResult<T> = { metadata: T; errors: string[]; warnings: string[] };
export function localizeMetadata<T extends object>(metadata: T, table: unknown, locale?: string): LocalizeResult<T>;
export function functionNameProblems(name: string): string[];
export function parameterNameProblems(name: string): string[];
export function isCellReference(name: string): boolean;
export function localizedHelpUrl(helpUrl: string, helpPage: string): string;
export type BilingualResult<T> = { source: T; localized: T; aliases: Record<string, string>; errors: string[]; warnings: string[] };
export function bilingualMetadata<T extends object>(metadata: T, table: unknown, locale?: string): BilingualResult<T>;
