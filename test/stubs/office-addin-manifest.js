// office-addin-mock requires office-addin-manifest, whose ESM-only dependencies do not load
// under Jest 30; the mock never uses it, so an empty module stands in.
module.exports = {};
