#!/usr/bin/env node
// The compiled, bundled CLI lives in build/ (built by `npm run build`, which `npm ci` runs).
import('../build/cli/cease.js')
  .then((cli) => cli.main(process.argv))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/build/')) {
      console.error('cease is not built yet: run "npm install" (or "npm run build") in the cease folder.');
    } else {
      console.error(`cease: internal error: ${error && error.message ? error.message : error}`);
      console.error('Please report this with the course that caused it.');
    }
    process.exitCode = 70;
  });
