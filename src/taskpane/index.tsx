/// <reference types="office-js" />
// Placeholder until the real task pane lands in src/taskpane/.
const app = document.getElementById("app");
if (app) app.textContent = "Volet France Services en préparation : utilisez les fonctions FS dans vos formules.";
if (typeof Office !== "undefined") Office.onReady(() => undefined);
