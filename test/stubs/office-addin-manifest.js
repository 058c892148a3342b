// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose own
// dependencies are ESM-only and do not load under jest: this stub stands in for it in tests.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
