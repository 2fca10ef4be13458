// Stand-in for office-addin-manifest inside Jest: office-addin-mock imports it only for
// usage-data plumbing, and the real package pulls ESM-only modules Jest 30 cannot require.
module.exports = {};
