/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { excelServices } from "../../src/taskpane/excel/services";
import { SCENARIO_KEY } from "../../src/taskpane/state/persist";
import { MockWorkbook } from "./excelMock";

registerPaneIcons();
// A busy machine (two cores shared by several test runs) can take seconds to render the pane.
configure({ asyncUtilTimeout: 10_000 });
const excel = { kind: "excel" } as const;
const NBSP = /[\s\u00a0\u202f]/g;

async function openIn(wb: MockWorkbook) {
  const view = render(<App host={excel} loadExcel={async () => excelServices(wb.run)} />);
  await screen.findByRole("heading", { name: "Simuler un gestionnaire" });
  return view;
}

/** A button by its text (role queries are slow on a large jsdom tree, and miss content a closing dialog still hides). */
const button = (name: string) => {
  const el = screen.getByText(name, { selector: "button, button *" }).closest("button");
  if (!el) throw new Error(name);
  return el;
};

async function convention() {
  fireEvent.click(screen.getByRole("tab", { name: "Convention" }));
  await screen.findByText("Créer les tableaux de saisie");
}

jest.setTimeout(60_000);

test("the finance team's workflow: tables, errors with cells, results, and nothing replaced without asking", async () => {
  const wb = new MockWorkbook();
  wb.addSheet("Échéancier", { A1: "à moi" });
  await openIn(wb);
  expect(screen.queryByText(/Mode autonome/)).toBeNull();
  await convention();

  fireEvent.click(button("Créer les tableaux de saisie"));
  expect(
    await screen.findByText(/Tableaux de saisie créés : Convention, Gestionnaires, Structures, Agents, Ressources, Objectifs, Budget\./),
  ).toBeTruthy();

  // A user's mistake in the Agents table is reported with its cell.
  const fte = wb.cell("Agents", "H6");
  if (!fte) throw new Error("H6");
  fte.value = 3;
  fireEvent.click(button("Vérifier les tableaux"));
  const link = (await screen.findByText("Agents!H6")).closest("button") as HTMLElement;
  expect(link.closest("li")?.textContent).toContain("Quotité (ETP) : une quotité doit être comprise entre 0 et 1");
  fireEvent.click(link);
  await waitFor(() => expect(wb.log).toContain("select Agents!H6"));
  fte.value = 1;

  // « Échéancier » is the user's: the pane asks, and « Annuler » leaves it.
  fireEvent.click(button("Calculer et écrire les résultats"));
  const dialog = await screen.findByRole("alertdialog");
  expect(await within(dialog).findByText("Échéancier")).toBeTruthy();
  fireEvent.click(await within(dialog).findByText("Annuler"));
  expect(await screen.findByText("Écriture annulée : rien n'a été modifié.")).toBeTruthy();
  expect(wb.value("Échéancier", "A1")).toBe("à moi");

  wb.sheet("Échéancier").name = "Mon échéancier";
  // Fluent's modal traps clicks until its closing animation ends.
  await waitFor(() => expect(document.querySelector(".ms-Modal")).toBeNull());
  await waitFor(() => expect(button("Calculer et écrire les résultats").disabled).toBe(false));
  fireEvent.click(button("Calculer et écrire les résultats"));
  const done = await screen.findByText(/^Résultats écrits/);
  expect(done.textContent?.replace(NBSP, " ")).toContain("Total attribué : 409 045,00 €.");
  expect(wb.sheets.map((s) => s.name)).toContain("Résultats structures");
  expect(wb.value("Mon échéancier", "A1")).toBe("à moi");
});

test("the manager's simulation is written as a sheet of FS formulas, and the scenario is kept in the workbook", async () => {
  const wb = new MockWorkbook();
  const first = await openIn(wb);
  const agent = await screen.findByRole("group", { name: "Agent A1-1" });
  fireEvent.change(within(agent).getByLabelText("Nom"), { target: { value: '=HYPERLINK("x")' } });
  await waitFor(() => expect(wb.settings.get(SCENARIO_KEY)).toContain("HYPERLINK"));

  fireEvent.click(button("Écrire dans le classeur"));
  expect(await screen.findByText(/Feuille « Simulation ca-epinal-ill » écrite/)).toBeTruthy();
  expect(wb.cell("Simulation ca-epinal-ill", "B10")).toMatchObject({ value: '=HYPERLINK("x")', format: "@" });
  expect(wb.cell("Simulation ca-epinal-ill", "K10")?.formula).toBe("=FS.PAYROLL(G10,H10,I10,J10)");
  first.unmount();

  // Reopening the pane on the same workbook restores the edit.
  await openIn(wb);
  expect(await screen.findByText(/Scénario restauré depuis le classeur/)).toBeTruthy();
  expect(await screen.findByRole("group", { name: '=HYPERLINK("x")' })).toBeTruthy();
});
