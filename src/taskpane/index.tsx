// First: before any schema is built (see noEval.ts).
import "./noEval";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { registerPaneIcons } from "./components/icons";
import { detectHost } from "./host";
import { addPaneStyles } from "./styles";

/**
 * Entry of the task pane. It waits for Office at most 3 seconds, then runs in Excel or
 * standalone; the Excel part is a separate chunk loaded only in Excel.
 */
addPaneStyles();
registerPaneIcons();
const root = createRoot(document.getElementById("container") as HTMLElement);
detectHost(3000).then((host) => {
  document.documentElement.dataset.host = host.kind;
  root.render(
    <App
      host={host}
      loadExcel={
        host.kind === "excel"
          ? () => import(/* webpackChunkName: "taskpane.excel.chunk" */ "./excel/services").then((m) => m.excelServices())
          : undefined
      }
    />,
  );
});
