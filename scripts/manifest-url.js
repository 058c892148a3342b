/**
 * The URLs of manifest.xml: it points to the development server; a production build points it
 * to ADDIN_BASE_URL instead (where dist/ is published, see docs/deploiement.md).
 *
 * Run as a script (`node scripts/manifest-url.js`, the first step of `npm run build`), it checks
 * ADDIN_BASE_URL and stops the build with a French message, without a stack trace, when the
 * address cannot serve an add-in.
 */
const { URL } = require("url");

/** The base URL of manifest.xml, served by `npm run dev-server`. */
const DEV_URL = "https://localhost:3000/";

/** A refused ADDIN_BASE_URL: its message is for the person who runs the build. */
class BaseUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "BaseUrlError";
  }
}

/** Why `raw` cannot be the add-in's production address, or undefined when it can. */
function refusal(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return `ADDIN_BASE_URL n'est pas une adresse valide : « ${raw} ». Exemple : ADDIN_BASE_URL=https://complements.exemple.fr/france-services/ npm run build`;
  }
  if (url.protocol !== "https:")
    return `ADDIN_BASE_URL doit commencer par https:// (Office ne charge un complément qu'en HTTPS) : « ${raw} ».`;
  if (url.username || url.password) return `ADDIN_BASE_URL ne doit contenir ni identifiant ni mot de passe : « ${raw} ».`;
  if (url.search || url.hash) return `ADDIN_BASE_URL ne doit contenir ni paramètres (?…) ni ancre (#…) : « ${raw} ».`;
  return undefined;
}

/** The production base URL from ADDIN_BASE_URL (https only, ending with /); the development URL when unset. */
function productionUrl(raw) {
  if (!raw) {
    console.warn(`ADDIN_BASE_URL n'est pas définie : dist/manifest.xml garde l'adresse de développement ${DEV_URL}`);
    return DEV_URL;
  }
  const why = refusal(raw);
  if (why) throw new BaseUrlError(why);
  const href = new URL(raw).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** The manifest with every development URL moved to `baseUrl`. */
function rebase(manifest, baseUrl) {
  return manifest.split(DEV_URL).join(baseUrl);
}

/**
 * The manifest of a production build: every development URL moved to `baseUrl`, and without its
 * comments, which are for developers (they speak of the development server on localhost).
 */
function productionManifest(manifest, baseUrl) {
  const rebased = rebase(manifest, baseUrl);
  return baseUrl === DEV_URL ? rebased : rebased.replace(/<!--[\s\S]*?-->[ \t]*\r?\n?/g, "");
}

if (require.main === module) {
  const why = process.env.ADDIN_BASE_URL ? refusal(process.env.ADDIN_BASE_URL) : undefined;
  if (why) {
    console.error(`Construction refusée : ${why}`);
    process.exit(1);
  }
}

module.exports = { DEV_URL, BaseUrlError, productionUrl, rebase, productionManifest };
