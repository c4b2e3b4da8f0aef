// Jest's summary, then one plain closing line, "Tests: N passed, N failed", so CI logs end with how
// many tests ran in a form any reader understands. It extends Jest's own summary reporter so the
// line always comes last (jest.config.js lists it in place of the summary part of 'default').
const { SummaryReporter } = require('@jest/reporters');

class ClosingLineReporter extends SummaryReporter {
  onRunComplete(testContexts, results) {
    super.onRunComplete(testContexts, results);
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stderr.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`,
    );
  }
}

module.exports = ClosingLineReporter;
