/**
 * The pane's own style sheet, added to the page before the pane renders. It lives here rather
 * than in taskpane.html so that the page stays a short skeleton; the build has no CSS loader,
 * and Fluent UI adds its own styles the same way at run time (the pages' policy allows inline
 * styles: they cannot run code, see scripts/csp.js).
 */
const PANE_CSS = `
:root { color-scheme: light; }
body {
  margin: 0; color: #201f1e; background: #fff; font-size: 14px;
  font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
}
.pane { padding: 8px 12px 24px; max-width: 760px; margin: 0 auto; }
h1 { font-size: 18px; margin: 4px 0 8px; }
h2 { font-size: 16px; margin: 16px 0 8px; }
h3 { font-size: 15px; margin: 12px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.hint, .source, .code, .saved, .illustrative, .note { color: #484644; font-size: 12px; margin: 4px 0; }
.illustrative { font-weight: 600; color: #8a3707; }
.total { font-size: 14px; margin: 6px 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px; margin: 8px 0; }
.figure { border: 1px solid #c8c6c4; border-radius: 4px; padding: 6px 8px; }
.figure dt { font-size: 12px; color: #484644; }
.figure dd { margin: 2px 0 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.negative { color: #a4262c; }
.chart { margin: 12px 0; }
.chart figcaption { font-weight: 600; margin-bottom: 4px; }
.bar { margin: 4px 0; }
.bar-label { font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; padding: 0; margin: 6px 0; font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; vertical-align: middle; }
table.data { border-collapse: collapse; width: 100%; font-size: 12px; margin: 8px 0; }
table.data caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.data th, table.data td { border-bottom: 1px solid #edebe9; padding: 3px 4px; text-align: right; font-variant-numeric: tabular-nums; }
table.data th[scope="row"], table.data thead th:first-child { text-align: left; font-weight: normal; }
table.data thead th { font-weight: 600; }
table.data td { white-space: nowrap; }
details.structure { border: 1px solid #c8c6c4; border-radius: 4px; padding: 4px 8px; margin: 8px 0; }
details.structure > summary { cursor: pointer; }
details.structure > summary h3, details.structure > summary h4 { display: inline; }
fieldset.item { border: 1px solid #edebe9; border-radius: 4px; margin: 8px 0; padding: 4px 8px 8px; }
fieldset.item legend { font-weight: 600; padding: 0 4px; }
.error-text { color: #a4262c; font-size: 12px; margin: 2px 0; }
.error-text:empty { display: none; }
.action { margin: 8px 0; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0 8px; }
.spacer { height: 8px; }
.steps ol { padding-left: 20px; }
.steps li { margin-bottom: 8px; }
ul.issues { margin: 4px 0; padding-left: 18px; }
ul.plain { padding-left: 18px; }
ul.params { list-style: none; padding: 0; }
.param { border: 1px solid #c8c6c4; border-radius: 4px; padding: 6px 8px; margin: 8px 0; }
.param.estimate { border-left: 4px solid #8a3707; }
.param h3 { margin: 0; }
.badge { display: inline-block; font-size: 11px; border-radius: 2px; padding: 0 4px; margin-left: 4px; }
.badge-source { background: #dff6dd; color: #0b5a08; }
.badge-estimate { background: #fed9cc; color: #6b1f0a; font-weight: 600; }
.badge-decision { background: #deecf9; color: #004578; }
.files .buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.files { margin: 4px -8px 0; }
.files .ms-CommandBar { padding: 0 4px; }
.code, .source, .where, .ms-MessageBar-innerText { overflow-wrap: anywhere; }
.scroll-x { overflow-x: auto; }
/* Four tabs do not fit on one line at 320 px: they wrap rather than widen the page. */
.pane .ms-Pivot { white-space: normal; }
ul.differences li { overflow-wrap: anywhere; }
.badge-override { background: #fff4ce; color: #4d3a00; font-weight: 600; }
/* A narrow pane (up to 479 px): each row of a table becomes a card of label–value lines. */
@media (max-width: 479px) {
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow th, table.reflow td { display: block; }
  table.reflow caption { display: block; }
  table.reflow thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.reflow tr { border: 1px solid #edebe9; border-radius: 4px; margin: 6px 0; padding: 4px 8px; }
  table.reflow th[scope="row"] { border: 0; padding: 2px 0; font-weight: 600; }
  table.reflow td { display: flex; justify-content: space-between; gap: 8px; border: 0; padding: 2px 0; }
  table.reflow td::before { content: attr(data-label); text-align: left; white-space: normal; color: #484644; }
}
`;

/** Adds the pane's style sheet to `doc` once. */
export function addPaneStyles(doc: Document = document): void {
  if (doc.getElementById("fs-pane-styles")) return;
  const style = doc.createElement("style");
  style.id = "fs-pane-styles";
  style.textContent = PANE_CSS;
  doc.head.appendChild(style);
}
