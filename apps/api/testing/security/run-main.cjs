// Runs apps/api/src/main.ts under plain Node for the start-up tests: TypeScript is compiled on
// require with @swc/core (the compiler Jest uses; @swc/register is not installed).
const { transformSync } = require('@swc/core');
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../../..');
const swcOptions = require(path.join(root, 'tools/testing/swc-options.js'));
const domainEntry = path.join(root, 'libs/domain/src/index.ts');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveDomain(request, ...rest) {
  return resolve.call(this, request === '@bsc/domain' ? domainEntry : request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename, sourceMaps: false });
  module._compile(code, filename);
};
require(path.join(root, 'apps/api/src/main.ts'));
