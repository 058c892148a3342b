/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/**
 * « Exporter en .xlsx » in the pane (standalone): the command bar's for the whole convention, the
 * Simuler tab's for the manager simulated. The file offered for download is read back with
 * ExcelJS; a scenario that does not compute disables the export with the reason; a failure is
 * said in French, never swallowed. Packages resolve as in Node (the options above): ExcelJS's
 * Node build, which jest runs, requires uuid, whose browser condition is an ES module.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { AMOUNT_TERMS, compute, VOSGES_2022_EXAMPLE } from "../../calc";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import * as xlsx from "../../src/taskpane/xlsx";

registerPaneIcons();
// The whole pane over the example is a large tree for jsdom, and the machine may be busy.
jest.setTimeout(30_000);

const example = compute(VOSGES_2022_EXAMPLE, { traces: false });
if (!example.ok) throw new Error("exemple");
const result = example.result;

/** Each download the pane offers: its name and its Blob (jsdom has no object URLs and no navigation). */
let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  window.localStorage.clear();
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = jest.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});
afterEach(() => jest.restoreAllMocks());

/** A Blob's bytes (jsdom's Blob has no arrayBuffer()). */
const bytesOf = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

async function readBack(blob: Blob): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await bytesOf(blob)) as never);
  return wb;
}

/** A column's values under its header (row 3) until the first empty row. */
function column(ws: ExcelJS.Worksheet, header: string): unknown[] {
  let col = 0;
  ws.getRow(3).eachCell((c, i) => {
    if (c.value === header && !col) col = i;
  });
  if (!col) throw new Error(`colonne « ${header} » absente de ${ws.name}`);
  const out: unknown[] = [];
  for (let row = 4; ws.getCell(row, col).value !== null; row++) out.push(ws.getCell(row, col).value);
  return out;
}

/** The figure beside a label in column A of the Convention sheet (a formula's cached result). */
function conventionFigure(ws: ExcelJS.Worksheet, label: string): unknown {
  for (let row = 1; row <= ws.rowCount; row++) {
    if (ws.getCell(row, 1).value !== label) continue;
    const v = ws.getCell(row, 2).value;
    return typeof v === "object" && v !== null && "result" in v ? v.result : v;
  }
  throw new Error(`« ${label} » absent de la feuille Convention`);
}

// Queries by text and selector rather than by role: computing every accessible name of the
// whole pane takes seconds on a busy machine.

/** The pane, standalone, once its command bar is there; `close` unmounts it (before reading a file: Fluent's timers stop). */
async function openPane() {
  const { unmount } = render(<App host={{ kind: "standalone", reason: "navigateur" }} />);
  await screen.findByText("Exporter", { selector: "nav.files button *" });
  return { close: unmount };
}

/** Opens the command bar's « Exporter » menu and returns its « Exporter en .xlsx » item. */
async function menuItem() {
  fireEvent.click(screen.getByText("Exporter", { selector: "nav.files button *" }).closest("button") as HTMLElement);
  const text = await screen.findByText("Exporter en .xlsx", { selector: ".ms-ContextualMenu-itemText" });
  const item = text.closest("button") as HTMLElement;
  expect(item.getAttribute("role")).toBe("menuitem");
  return item;
}

/** The Simuler tab's « Exporter en .xlsx » button. */
const simulateButton = () => screen.getByText("Exporter en .xlsx", { selector: "section button *" }).closest("button") as HTMLButtonElement;

test("the command bar's « Exporter en .xlsx » offers the convention's workbook, with every sheet and the 409 045 € total", async () => {
  const { close } = await openPane();
  fireEvent.click(await menuItem());
  // Shown from the click until the file is offered.
  expect(screen.getByText("Préparation du classeur…")).toBeTruthy();
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 });
  await waitFor(() => expect(screen.queryByText("Préparation du classeur…")).toBeNull());
  expect(await screen.findByText(/Classeur « convention-france-services-2022\.xlsx » préparé/)).toBeTruthy();
  close();

  const [{ name, blob }] = downloads;
  expect(name).toBe("convention-france-services-2022.xlsx");
  expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const wb = await readBack(blob);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Convention",
    "Gestionnaires",
    "Structures",
    "Agents",
    "Échéancier",
    "Répartition",
    "Budget",
    "Paramètres",
  ]);
  expect(conventionFigure(wb.getWorksheet("Convention")!, AMOUNT_TERMS.allocated.label)).toBe(409045);
  expect(column(wb.getWorksheet("Gestionnaires")!, "Identifiant")).toEqual(result.managers.map((m) => m.id));
  expect(column(wb.getWorksheet("Structures")!, "Identifiant")).toHaveLength(result.structures.length);
});

test("the Simuler tab's « Exporter en .xlsx » offers the simulated manager's own workbook: its structures only", async () => {
  const { close } = await openPane();
  const m = result.managers[1];
  const label = screen.getByText("Gestionnaire", { selector: "label" });
  fireEvent.click(label.parentElement?.querySelector(".ms-Dropdown") as HTMLElement);
  fireEvent.click(await screen.findByText(m.name, { selector: ".ms-Dropdown-optionText" }));
  expect(await screen.findByText(`Le classeur de « ${m.name} » seul`, { exact: false })).toBeTruthy();
  fireEvent.click(simulateButton());
  expect(screen.getByText("Préparation du classeur…")).toBeTruthy();
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 });
  await waitFor(() => expect(screen.queryByText("Préparation du classeur…")).toBeNull());
  close();

  const [{ name, blob }] = downloads;
  expect(name).toBe("communaute-de-communes-b-illustratif_cc-b-ill.xlsx");
  const wb = await readBack(blob);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Convention", "Gestionnaires", "Structures", "Agents", "Échéancier", "Paramètres"]);
  const own = result.structures.filter((s) => s.managerId === m.id);
  expect(own.length).toBeGreaterThan(0);
  expect(own.length).toBeLessThan(result.structures.length);
  // The last row of each list is its total, without an identifier.
  expect(column(wb.getWorksheet("Structures")!, "Identifiant").slice(0, own.length)).toEqual(own.map((s) => s.id));
  expect(column(wb.getWorksheet("Structures")!, "Identifiant")).toHaveLength(own.length);
  expect(column(wb.getWorksheet("Gestionnaires")!, "Identifiant")).toEqual([m.id]);
  expect(conventionFigure(wb.getWorksheet("Convention")!, AMOUNT_TERMS.allocated.label)).toBe(Number(m.allocated));
});

test("a scenario that does not compute: both exports are disabled, with the reason", async () => {
  await openPane();
  const agent = screen.getByText("Agent A1-1", { selector: "legend" }).closest("fieldset") as HTMLElement;
  fireEvent.change(within(agent).getByLabelText("Quotité (ETP)"), { target: { value: "3" } });
  const reason = "Export .xlsx indisponible : le scénario attend des corrections (1 problème).";
  expect(await screen.findByText(reason)).toBeTruthy();
  const button = simulateButton();
  expect(button.getAttribute("aria-disabled") ?? String(button.disabled)).toBe("true");
  const item = await menuItem();
  expect(item.getAttribute("aria-disabled")).toBe("true");
  expect(item.getAttribute("title")).toBe(reason);
  fireEvent.click(item);
  fireEvent.click(button);
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(downloads).toEqual([]);
});

test("a failure is said in French, the spinner goes, nothing is offered; the next success takes the error back", async () => {
  const chunkLost = Object.assign(new Error("Loading chunk 7 failed. (error: http://localhost/taskpane.xlsx.chunk.js)"), {
    name: "ChunkLoadError",
  });
  const writer = jest.spyOn(xlsx, "workbookBytes").mockRejectedValueOnce(chunkLost);
  await openPane();
  fireEvent.click(simulateButton());
  const error = await screen.findByText(
    "Le classeur .xlsx n'a pas pu être préparé : le module qui écrit les classeurs n'a pas pu être chargé depuis le serveur du complément. Vérifiez la connexion, puis réessayez.",
  );
  expect(screen.queryByText("Préparation du classeur…")).toBeNull();
  expect(downloads).toEqual([]);

  writer.mockRejectedValueOnce(new Error("disque plein"));
  fireEvent.click(simulateButton());
  expect(await screen.findByText("Le classeur .xlsx n'a pas pu être préparé : disque plein")).toBeTruthy();
  expect(error.isConnected).toBe(false);

  fireEvent.click(simulateButton());
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 });
  expect(await screen.findByText(/Classeur « communaute-d-agglomeration-a-illustratif_ca-epinal-ill\.xlsx » préparé/)).toBeTruthy();
  expect(screen.queryByText(/n'a pas pu être préparé/)).toBeNull();
});
