/// <reference types="office-js" />
/**
 * The ribbon's function file. The only command opens the task pane (ShowTaskpane in the
 * manifest) and needs no code, but Office loads this page and waits for Office.js to be ready.
 */
Office.onReady(() => undefined);
