'use strict';
// The repository's bin/ folder, found by walking up to Provider.sln (as the C# harness's RepoPaths.cs does), so the
// suite does not depend on how deep below the root it sits.
const fs = require('node:fs');
const path = require('node:path');

/** bin/<name> at the repository root: the folder holding Provider.sln above this file. */
function repoBin(name) {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'Provider.sln'))) return path.join(dir, 'bin', name);
    if (path.dirname(dir) === dir) throw new Error(`no Provider.sln above ${__dirname}`);
  }
}

module.exports = { repoBin };
