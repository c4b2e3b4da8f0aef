// Jest's per-file progress reporter (the 'default' reporter without its summary part, which
// closingLineReporter.js provides).
module.exports = require('@jest/reporters').DefaultReporter;
