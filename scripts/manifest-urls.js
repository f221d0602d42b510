// Where the add-in is served from. manifest.xml is written for the dev server; the production
// build rewrites every URL in a copy of it (dist/manifest.xml) to where the files will live.
// Shared by webpack.config.js and the offline manifest test, so both agree on the result.

/** The origin the dev server listens on, as written in manifest.xml. */
export const DEV_BASE_URL = "https://localhost:3000/";

/** A placeholder that is obviously not ours, so nobody ships it by accident unnoticed. */
export const DEFAULT_PUBLIC_URL = "https://mentorship-registers.example.org/";

/**
 * Checks and normalises the production base URL: absolute https (Office refuses plain http
 * for add-ins), no query or fragment, and a trailing slash so relative file names append.
 */
export function normalisePublicUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${raw}". Set it to e.g. ${DEFAULT_PUBLIC_URL}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must use https (Office loads add-ins only over https): "${raw}"`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment: "${raw}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites the dev URLs of manifest.xml to `publicUrl`. File URLs keep their path under the
 * new base; a bare dev origin (as in AppDomain) becomes the new origin.
 */
export function rewriteManifestUrls(xml, publicUrl) {
  const base = normalisePublicUrl(publicUrl);
  const origin = new URL(base).origin;
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  const out = xml.split(DEV_BASE_URL).join(base).split(devOrigin).join(origin);
  if (out.includes("localhost")) {
    throw new Error("manifest.xml still mentions localhost after the rewrite: a URL uses a dev address other than " + DEV_BASE_URL);
  }
  return out;
}
