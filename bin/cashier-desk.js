#!/usr/bin/env node
// The command line is compiled to lib/ by `npm run prepare` (run by npm ci).
require('../lib/cli/main.js')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `cashier-desk: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
