// Types for scripts/static-server.js (plain JS so `npm run preview` needs no TypeScript).
export interface StaticServer {
  /** e.g. "http://localhost:41234/", with the trailing slash. */
  url: string;
  close(): Promise<void>;
}
export declare function startStaticServer(options: { root: string; port?: number; index?: string }): Promise<StaticServer>;
