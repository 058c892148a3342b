/**
 * Derives the French custom functions metadata (functions.fr-FR.json) from the generated
 * functions.json and the translation table src/functions/fr-FR.json, so that the two cannot
 * drift: ids, parameters, types and options come from functions.json; only names and
 * descriptions come from the table. A function or parameter missing from the table, or one in
 * the table that no longer exists, fails the build.
 */
const fs = require("fs");

/** Returns `{ metadata, errors }`: the localized metadata, or what the table lacks. */
function localize(metadata, table) {
  const errors = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) errors.push(`${id}: in the translation table but not in functions.json`);
  const functions = metadata.functions.map((f) => {
    const entry = table[f.id];
    if (!entry) {
      errors.push(`${f.id}: missing from the translation table`);
      return f;
    }
    if (!entry.name || !entry.description) errors.push(`${f.id}: the translation needs a name and a description`);
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const p of Object.keys(entry.parameters || {}))
      if (!names.has(p)) errors.push(`${f.id}.${p}: in the translation table but not a parameter`);
    const parameters = (f.parameters || []).map((p) => {
      const t = (entry.parameters || {})[p.name];
      if (!t || !t.name || !t.description) {
        errors.push(`${f.id}.${p.name}: parameter missing from the translation table`);
        return p;
      }
      return { ...p, name: t.name, description: t.description };
    });
    return { ...f, name: entry.name, description: entry.description, parameters };
  });
  return { metadata: { ...metadata, functions }, errors };
}

/** Webpack plugin: emits `output` from the `source` asset and the table; errors fail the build. */
class LocalizedMetadataPlugin {
  constructor({ source, output, table }) {
    this.options = { source, output, table };
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { source, output, table } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(table);
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${output}: ${source} was not generated`));
          return;
        }
        const result = localize(JSON.parse(asset.source.source().toString()), JSON.parse(fs.readFileSync(table, "utf8")));
        if (result.errors.length > 0) {
          for (const e of result.errors) compilation.errors.push(new WebpackError(`${table}: ${e}`));
          return;
        }
        compilation.emitAsset(output, new sources.RawSource(JSON.stringify(result.metadata, null, 2)));
      });
    });
  }
}

module.exports = { localize, LocalizedMetadataPlugin };
