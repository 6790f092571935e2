'use strict';
// make sdk: generates sdk/nodejs and sdk/dotnet from sdk/schema.json.
//   node generate.js           write both SDKs (removing generated files the schema no longer has)
//   node generate.js --check   exit 1 and list the differences when the committed SDKs are not what the schema gives
const fs = require('node:fs');
const path = require('node:path');
const { buildModel } = require('./lib/model');
const { emitNodejs } = require('./lib/nodejs');
const { emitDotnet } = require('./lib/dotnet');

const SDK = path.resolve(__dirname, '..');
// Build outputs and installed packages live beside the generated files but are not generated.
const IGNORED = new Set(['node_modules', 'bin', 'obj']);

function generate(schemaPath = path.join(SDK, 'schema.json')) {
  const model = buildModel(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  return { nodejs: emitNodejs(model), dotnet: emitDotnet(model) };
}

/** Relative paths of the files under dir, skipping build outputs. */
function listFiles(dir, prefix = '') {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (IGNORED.has(e.name)) return [];
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(path.join(dir, e.name), rel) : [rel];
  });
}

/** Differences between generated files and the directory: [{ file, problem }]. */
function compare(dir, files) {
  const problems = [];
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    if (!fs.existsSync(full)) problems.push({ file: rel, problem: 'missing' });
    else if (fs.readFileSync(full, 'utf8') !== content) problems.push({ file: rel, problem: 'differs' });
  }
  for (const rel of listFiles(dir)) if (!(rel in files)) problems.push({ file: rel, problem: 'not generated (stale)' });
  return problems;
}

function write(dir, files) {
  for (const rel of listFiles(dir)) if (!(rel in files)) fs.rmSync(path.join(dir, rel));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (!fs.existsSync(full) || fs.readFileSync(full, 'utf8') !== content) fs.writeFileSync(full, content);
  }
}

module.exports = { generate, compare, SDK };

if (require.main === module) {
  const sdks = generate();
  if (process.argv.includes('--check')) {
    const problems = Object.entries(sdks).flatMap(([lang, files]) =>
      compare(path.join(SDK, lang), files).map((p) => `sdk/${lang}/${p.file}: ${p.problem}`));
    if (problems.length > 0) {
      console.error(`the generated SDKs are stale; run \`make sdk\`:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('sdk/nodejs and sdk/dotnet match sdk/schema.json');
  } else {
    for (const [lang, files] of Object.entries(sdks)) {
      write(path.join(SDK, lang), files);
      console.log(`sdk/${lang}: ${Object.keys(files).length} files`);
    }
  }
}
