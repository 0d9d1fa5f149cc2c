// Lets a plain `node` process load the TypeScript sources under tools/ (integration specs need
// a separate process to send it signals). Same swc options as Jest; only our own .ts files.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const swcOptions = require('../../testing/swc-options.js');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcOptions, filename, swcrc: false });
  module._compile(code, filename);
};
