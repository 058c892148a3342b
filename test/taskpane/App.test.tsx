/**
 * @jest-environment jsdom
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { SCENARIO_KEY, OVERRIDES_KEY } from "../../src/taskpane/state/persist";

registerPaneIcons();
// A busy machine (two cores shared by several test runs) can take seconds to render the pane.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
const NBSP = /[\s\u00a0\u202f]/g;
const text = (el: HTMLElement | null) => (el?.textContent ?? "").replace(NBSP, " ");
const standalone = { kind: "standalone", reason: "navigateur" } as const;

beforeEach(() => window.localStorage.clear());

async function open() {
  render(<App host={standalone} />);
  await screen.findByRole("heading", { name: "Simuler un gestionnaire" });
}

test("the standalone pane opens on the example and shows the 409 045,00 € total", async () => {
  await open();
  await waitFor(() => expect(text(document.getElementById("total-attribue"))).toBe("409 045,00 €"));
  expect(await screen.findByText(/Mode autonome\./)).toBeTruthy();
  expect(await screen.findByText(/Exemple illustratif/)).toBeTruthy();
});

test("an edit updates the results, and is saved in the browser", async () => {
  await open();
  const before = text(document.getElementById("fig-masse"));
  expect(before).toMatch(/€$/);
  const first = await screen.findByRole("group", { name: "Agent A1-1" });
  const fte = within(first).getByLabelText("Quotité (ETP)");
  fireEvent.change(fte, { target: { value: "0,5" } });
  await waitFor(() => expect(text(document.getElementById("fig-masse"))).not.toBe(before));
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"fte":"0.5"'));
});

test("a value that is not a number is refused under its field, in French", async () => {
  await open();
  const first = await screen.findByRole("group", { name: "Agent A1-1" });
  fireEvent.change(within(first).getByLabelText("Quotité (ETP)"), { target: { value: "abc" } });
  expect(await within(first).findByText("« abc » n'est pas un nombre : écrivez par exemple 0,5 ou 1 234,56")).toBeTruthy();
  expect(await screen.findByText(/Le calcul attend des corrections/)).toBeTruthy();
  fireEvent.change(within(first).getByLabelText("Quotité (ETP)"), { target: { value: "1,5" } });
  expect(await within(first).findByText(/une quotité doit être comprise entre 0 et 1/)).toBeTruthy();
});

test("a saved scenario is restored when the pane reopens", async () => {
  const saved = {
    version: 1,
    savedAt: "2026-11-23T10:00:00.000Z",
    scenario: {
      year: 2022,
      managers: [
        {
          id: "m1",
          name: "Gestionnaire restauré",
          structures: [{ id: "s1", name: "Maison A", labelledSince: "2020-01-01", agents: [{ loadedCost: 40000 }, { loadedCost: 40000 }] }],
        },
      ],
    },
  };
  window.localStorage.setItem(SCENARIO_KEY, JSON.stringify(saved));
  window.localStorage.setItem(
    OVERRIDES_KEY,
    JSON.stringify({ version: 1, savedAt: saved.savedAt, overrides: { "departement.taux_acompte": "0.4" } }),
  );
  await open();
  expect(await screen.findByText(/Scénario restauré depuis ce navigateur/)).toBeTruthy();
  await waitFor(() => expect((screen.getByLabelText("Nom du gestionnaire") as HTMLInputElement).value).toBe("Gestionnaire restauré"));
  // 80 000 € payroll − 30 000 € forfait = 50 000 € × 80 % = 40 000 € share; acompte at the restored 40 %.
  await waitFor(() => expect(text(document.getElementById("fig-attribue"))).toBe("40 000,00 €"));
  expect(await screen.findByText("Acompte à la signature (40 %)")).toBeTruthy();
});

test("an unreadable saved state is reported and not overwritten", async () => {
  window.localStorage.setItem(SCENARIO_KEY, "{cassé");
  await open();
  expect(await screen.findByText(/illisible/)).toBeTruthy();
  const first = await screen.findByRole("group", { name: "Agent A1-1" });
  fireEvent.change(within(first).getByLabelText("Quotité (ETP)"), { target: { value: "0,5" } });
  await act(() => new Promise((r) => setTimeout(r, 900)));
  expect(window.localStorage.getItem(SCENARIO_KEY)).toBe("{cassé");
});
