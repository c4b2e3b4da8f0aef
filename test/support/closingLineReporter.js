// Prints one plain closing line, "Tests: N passed, N failed", after Jest's own summary, so CI
// logs say how many tests ran in a form any reader understands. It goes to stderr, where Jest
// writes its summary, so the two come out in order.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stderr.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`,
    );
  }
}

module.exports = ClosingLineReporter;
