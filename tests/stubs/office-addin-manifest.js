// Stand-in for office-addin-manifest inside Jest: the real package pulls ESM-only modules
// (strip-bom, uuid) that Jest 30 cannot require on Node 20. office-addin-mock needs only the
// OfficeApp enum from it (to tell hosts apart); the values are the package's own.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
