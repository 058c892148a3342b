/**
 * The HTTP headers a production server sends with dist/ (docs/deploiement.md), and the lines of
 * the ready configurations in deploy/ that send them: the pages' Content-Security-Policy comes
 * from scripts/csp.js, never copied by hand.
 *
 *   node scripts/deploy-headers.js          rewrites the generated block of each configuration
 *   node scripts/deploy-headers.js --check  fails when a configuration differs from scripts/csp.js
 *   node scripts/deploy-headers.js --liste  prints the headers, for another server (IIS, Apache…)
 *
 * test/deploy/headers.test.ts runs the check; test/deploy/nginx.test.ts serves the build through
 * the nginx configuration and reads the headers in Chromium.
 */
const fs = require("fs");
const path = require("path");
const { contentSecurityPolicy } = require("./csp");

/** The security headers of every response. */
const SECURITY_HEADERS = [
  // The same policy as the pages' <meta>: a header also covers what comes before the <meta>, and
  // the files that are not pages.
  ["Content-Security-Policy", contentSecurityPolicy()],
  // A file is only ever what its Content-Type says (no script read from an image or a text).
  ["X-Content-Type-Options", "nosniff"],
  // The pane's requests (office.js) say nothing of the page they come from.
  ["Referrer-Policy", "no-referrer"],
  // Browsers come back over HTTPS only, for a year (the host only: includeSubDomains and preload
  // are the organisation's decision for its whole domain).
  ["Strict-Transport-Security", "max-age=31536000"],
];

/** Files whose name carries a hash of their content (webpack.config.js): a new version has new names. */
const HASHED_FILE = "\\.[0-9a-f]{8}\\.js$";

/** Cache-Control: a year for hashed files; everything else revalidated at each use (ETag, 304). */
const CACHE = { hashed: "public, max-age=31536000, immutable", other: "no-cache" };

const BEGIN = "# --- début du bloc généré par scripts/deploy-headers.js depuis scripts/csp.js : ne pas modifier à la main ---";
const END = "# --- fin du bloc généré ---";

/** nginx: one add_header per header, at server level; Cache-Control from a map (http level). */
function nginxBlock(indent) {
  return [
    ...SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`),
    "add_header Cache-Control $fs_ctec_cache_control always;",
  ].map((line) => indent + line);
}

/** Caddy: the security headers on every response; Cache-Control by two matchers that do not overlap. */
function caddyBlock(indent) {
  return [
    "header {",
    ...SECURITY_HEADERS.map(([name, value]) => `\t${name} "${value}"`),
    "}",
    `@hashed path_regexp ${HASHED_FILE}`,
    `header @hashed Cache-Control "${CACHE.hashed}"`,
    `@other not path_regexp ${HASHED_FILE}`,
    `header @other Cache-Control "${CACHE.other}"`,
  ].map((line) => indent + line);
}

const DEPLOY = path.join(__dirname, "..", "deploy");
const CONFIGURATIONS = [
  { file: path.join(DEPLOY, "nginx", "france-services-ctec.conf"), block: nginxBlock },
  { file: path.join(DEPLOY, "caddy", "Caddyfile"), block: caddyBlock },
];

/** `text` with its generated block rewritten (the block keeps the indentation of its first line). */
function regenerate(text, block, file) {
  const lines = text.split("\n");
  const begin = lines.findIndex((l) => l.trim() === BEGIN);
  const end = lines.findIndex((l) => l.trim() === END);
  if (begin < 0 || end < begin) throw new Error(`${file} : bloc généré introuvable (${BEGIN})`);
  const indent = lines[begin].match(/^\s*/)[0];
  return [...lines.slice(0, begin + 1), ...block(indent), ...lines.slice(end)].join("\n");
}

/** The configurations whose generated block is not what scripts/csp.js gives; rewritten when `write`. */
function stale(write) {
  const out = [];
  for (const { file, block } of CONFIGURATIONS) {
    const text = fs.readFileSync(file, "utf8");
    const fresh = regenerate(text, block, file);
    if (fresh === text) continue;
    out.push(path.relative(process.cwd(), file));
    if (write) fs.writeFileSync(file, fresh);
  }
  return out;
}

/** The headers as « Name: value » lines, and the cache rule, for the people who set up another server. */
function listing() {
  return [
    ...SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}`),
    `Cache-Control: ${CACHE.hashed}    (fichiers dont le nom correspond à ${HASHED_FILE})`,
    `Cache-Control: ${CACHE.other}    (tous les autres : pages, manifeste, functions.js, métadonnées, icônes)`,
  ].join("\n");
}

if (require.main === module && process.argv.includes("--liste")) {
  console.log(listing());
} else if (require.main === module) {
  const check = process.argv.includes("--check");
  const files = stale(!check);
  if (check && files.length) {
    console.error(`En-têtes à régénérer (node scripts/deploy-headers.js) : ${files.join(", ")}`);
    process.exit(1);
  }
  if (!check) console.log(files.length ? `Régénéré : ${files.join(", ")}` : "Configurations déjà à jour.");
}

module.exports = { SECURITY_HEADERS, HASHED_FILE, CACHE, CONFIGURATIONS, stale, listing };
