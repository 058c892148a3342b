#!/usr/bin/env node
"use strict";
// The command line is built into dist/lib by `npm install` (the prepare script) or `npm run build:lib`.
let cli;
try {
  cli = require("../dist/lib/cli.js");
} catch {
  process.stderr.write("fs-ctec : la bibliothèque n'est pas construite ; lancez « npm run build:lib » puis réessayez.\n");
  process.exit(1);
}
cli.main();
