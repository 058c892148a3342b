/**
 * The URLs of manifest.xml: it points to the development server; a production build points it
 * to ADDIN_BASE_URL instead (where dist/ is published).
 */
const { URL } = require("url");

/** The base URL of manifest.xml, served by `npm run dev-server`. */
const DEV_URL = "https://localhost:3000/";

/** The production base URL from ADDIN_BASE_URL (https only, ending with /); the development URL when unset. */
function productionUrl(raw) {
  if (!raw) {
    console.warn(`ADDIN_BASE_URL is not set: dist/manifest.xml keeps ${DEV_URL}`);
    return DEV_URL;
  }
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office loads add-ins over HTTPS only): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with every development URL moved to `baseUrl`. */
function rebase(manifest, baseUrl) {
  return manifest.split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, productionUrl, rebase };
