// Types for scripts/manifest-urls.js (plain JS because webpack.config.js imports it in Node).
export declare const DEV_BASE_URL: string;
export declare const DEFAULT_PUBLIC_URL: string;
export declare function normalisePublicUrl(raw: string): string;
export declare function rewriteManifestUrls(xml: string, publicUrl: string): string;
