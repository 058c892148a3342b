/**
 * The Content-Security-Policy of every page of the add-in (taskpane.html, commands.html,
 * functions.html), written by webpack into a <meta> at the top of each page's <head>: a <meta>
 * policy only covers what comes after it. The same policy in development: the dev server injects
 * no client code (no websocket, no eval; see webpack.config.js), and localhost:3000 is 'self'.
 *
 * Each directive and why; test/security/pages.test.ts checks the built pages, and
 * test/e2e/pane.e2e.test.ts that the pane runs under it without a single violation.
 */

/** Where office.js and the files it loads itself (host file, strings, telemetry sink) come from. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const DIRECTIVES = {
  // Anything not named below: the add-in's own origin only.
  "default-src": ["'self'"],
  // The bundles, and office.js with its files. No inline script, no eval, no new Function.
  "script-src": ["'self'", OFFICE_CDN],
  // Fluent UI (merge-styles) writes its classes into <style> elements at run time, office.js
  // sets inline styles, and the pane has its own <style> block: styles cannot run code.
  "style-src": ["'self'", "'unsafe-inline'"],
  // The pane makes no request; office.js may read its own files. Its telemetry, when it would
  // send it itself rather than through Office, is refused: no request leaves for another host.
  "connect-src": ["'self'", OFFICE_CDN],
  // office.js's only frame from the CDN: the prompt it shows when Office on the web is served
  // from a host it does not recognise. Its telemetry frame (oaspapps.com) is refused.
  "frame-src": [OFFICE_CDN],
  // No plugin content, no <base> to move relative URLs elsewhere, no form sent anywhere.
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  // frame-ancestors is ignored in a <meta>: Office on the web frames the pane from its own hosts.
};

/** The policy as it goes into the content attribute. */
function contentSecurityPolicy() {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = { OFFICE_CDN, DIRECTIVES, contentSecurityPolicy };
