export declare const DEV_URL: string;
export declare function normaliseHostUrl(url: string): string;
export declare function productionManifest(xml: string, hostUrl: string): string;
