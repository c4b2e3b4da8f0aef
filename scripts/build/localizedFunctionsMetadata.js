/**
 * Writes a localized copy of functions.json for each language file given (functions-zh-CN.json
 * from src/functions/functions.zh-CN.json), as Microsoft's custom functions localization asks:
 * one full metadata file per language, ids unchanged, names and descriptions translated, and the
 * manifest's Functions.Metadata.Url overridden per locale. The metadata plugin only writes the
 * English file from the JSDoc, so this takes its output and lays the translations over it.
 *
 * The build fails when a function or parameter has no translation, or a translation names one
 * that does not exist: a Chinese Excel must never show a half-English function list.
 */
const { readFileSync } = require('node:fs');

const PLUGIN = 'LocalizedFunctionsMetadataPlugin';

/** Lays `words` ({ functions: { ID: { name?, description, parameters: { p: {...} } } } }) over metadata. */
function localizeMetadata(metadata, words) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const own = words.functions[fn.id];
    if (!own) {
      problems.push(`no translation for function ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters ?? []).map((parameter) => {
      const word = own.parameters?.[parameter.name];
      if (!word) {
        problems.push(`no translation for ${fn.id}(${parameter.name})`);
        return parameter;
      }
      return { ...parameter, name: word.name ?? parameter.name, description: word.description };
    });
    for (const name of Object.keys(own.parameters ?? {})) {
      if (!(fn.parameters ?? []).some((parameter) => parameter.name === name)) {
        problems.push(`translation for ${fn.id} names an unknown parameter ${name}`);
      }
    }
    return {
      ...fn,
      name: own.name ?? fn.name,
      description: own.description,
      ...(fn.parameters ? { parameters } : {}),
    };
  });
  for (const id of Object.keys(words.functions)) {
    if (!metadata.functions.some((fn) => fn.id === id)) {
      problems.push(`translation for an unknown function ${id}`);
    }
  }
  return { metadata: { ...metadata, functions }, problems };
}

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, locales: Record<string, string> }} options locale -> words file */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset(this.options.source);
          if (!english) return; // the metadata plugin has already reported why
          const metadata = JSON.parse(english.source.source().toString());
          for (const [locale, file] of Object.entries(this.options.locales)) {
            compilation.fileDependencies.add(file);
            const words = JSON.parse(readFileSync(file, 'utf8'));
            const localized = localizeMetadata(metadata, words);
            for (const problem of localized.problems) {
              compilation.errors.push(new WebpackError(`${file}: ${problem}`));
            }
            const name = this.options.source.replace(/\.json$/, `-${locale}.json`);
            compilation.emitAsset(
              name,
              new sources.RawSource(JSON.stringify(localized.metadata, null, 2)),
            );
          }
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeMetadata };
