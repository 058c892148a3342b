import { config } from "zod";

/**
 * zod 4 compiles its object parsers with `new Function`, and tries it once when the first schema
 * is built. The pane must run under a Content-Security-Policy without 'unsafe-eval', where even
 * that caught attempt is reported as a violation: zod checks without compiling here (the pane's
 * scenarios are small). Imported first by index.tsx, before calc/ builds its schemas.
 */
config({ jitless: true });
