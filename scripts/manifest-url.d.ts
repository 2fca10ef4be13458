// Types for the TypeScript tests; the module itself stays CommonJS for webpack.config.js.
export const DEV_URL: string;
export function normaliseHostUrl(url: string, options?: { production?: boolean }): string;
export function withHostUrl(text: string, hostUrl: string): string;
export function productionManifest(xml: string, hostUrl: string): string;
export function xmlEscape(text: string): string;
