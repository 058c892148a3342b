/**
 * Fluent UI's settings, read by its modules as they load (the default font faces are registered
 * then): this module comes first in the pane's entry (webpack.config.js), before any Fluent code.
 * An empty fontBaseUrl registers no web font, so nothing is fetched from Fluent's font CDN: the
 * pane must work offline, and its Content-Security-Policy allows no font from elsewhere. Segoe UI
 * is used where installed (Windows, Office). It was an inline script, which the policy forbids.
 */
(window as unknown as { FabricConfig?: { fontBaseUrl?: string } }).FabricConfig = { fontBaseUrl: "" };

export {};
