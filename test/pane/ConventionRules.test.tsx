/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { SCENARIO_KEY } from "../../src/taskpane/state/persist";

registerPaneIcons();
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
const SPACES = /[\s\u00a0\u202f]+/g;
const text = (el: Element | null) => (el?.textContent ?? "").replace(SPACES, " ").trim();
const standalone = { kind: "standalone", reason: "navigateur" } as const;

beforeEach(() => window.localStorage.clear());

async function openConvention() {
  render(<App host={standalone} />);
  await screen.findByRole("heading", { name: "Simuler un gestionnaire" });
  fireEvent.click(screen.getByRole("tab", { name: "Convention" }));
  await screen.findByRole("heading", { name: /^Convention$/ });
}

async function pick(label: RegExp, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: label }));
  fireEvent.click(await screen.findByText(option, { selector: ".ms-Dropdown-optionText" }));
}

test("Convention shows the balance rate, the unspent credits, the budget by exercice and the payments", async () => {
  await openConvention();
  // The requests (469 284,17 €) fit the 409 045 € envelope at 69,73 % (rounded down to 4 decimals).
  await waitFor(() => expect(text(document.getElementById("conv-taux-equilibre"))).toBe("69,73 %"));
  // 409 045,00 − 380 691,38 € of finals under the capped rule.
  expect(text(document.getElementById("conv-non-consomme"))).toBe("28 353,62 €");
  const byYear = screen.getByText("Budget du Département par exercice budgétaire", { selector: "caption" }).closest("table") as HTMLElement;
  const row = (y: string) => within(byYear).getByText(y, { selector: "th" }).closest("tr") as HTMLElement;
  // 2022: the acomptes (half of each allocation, to the cent) and the coordinator and legal support (56 498 + 10 752).
  expect(text(row("2022").querySelector('td[data-label="Acomptes versés"]'))).toBe("204 522,53 €");
  expect(text(row("2022").querySelector('td[data-label="Autres dépenses du Département"]'))).toBe("67 250,00 €");
  // 2023: the soldes less the reversements claimed: 380 691,38 − 204 522,53 = 176 168,85 €.
  expect(text(row("2023").querySelector('td[data-label="Coût net de l\'exercice"]'))).toBe("176 168,85 €");
  expect(screen.getByText("Échéancier des paiements (24)")).toBeTruthy();
  const schedule = screen.getByText("Échéancier des paiements", { selector: "caption" }).closest("table") as HTMLElement;
  const first = schedule.querySelector("tbody tr") as HTMLElement;
  expect(Array.from(first.querySelectorAll("td")).map(text)).toEqual(["Acompte", "15/12/2022", "2022", expect.stringMatching(/ €$/)]);
  expect(within(schedule).getAllByText("30/06/2023")).toHaveLength(12);
});

test("the final-payment rule and the 80 % reading are chosen in the pane, saved, and followed by the figures", async () => {
  await openConvention();
  await waitFor(() => expect(text(document.getElementById("conv-non-consomme"))).toBe("28 353,62 €"));
  await pick(/^Règle du montant final/, "Enveloppe répartie à nouveau sur le réalisé");
  // Shared again, the whole envelope is paid: nothing left unspent.
  await waitFor(() => expect(text(document.getElementById("conv-non-consomme"))).toBe("0,00 €"));
  expect(screen.getByText(/règle du montant final : « Enveloppe répartie à nouveau sur le réalisé »/)).toBeTruthy();
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"finalPayment":"redistribue"'));

  // 0,8 × payroll − forfait requests less than 0,8 × (payroll − forfait): the balance rate rises.
  await pick(/^Lecture de la règle des 80 %/, "taux × masse salariale − déduction");
  await waitFor(() => expect(text(document.getElementById("conv-taux-equilibre"))).not.toBe("69,73 %"));
  expect(screen.getByText(/lue « taux × masse salariale − déduction »/)).toBeTruthy();

  // The acompte date: empty, the default is shown; typed, the payments follow.
  const advance = screen.getByLabelText("Date des acomptes");
  expect(screen.getByText("Par défaut : 15/12/2022")).toBeTruthy();
  fireEvent.change(advance, { target: { value: "2022-11-30" } });
  const schedule = screen.getByText("Échéancier des paiements", { selector: "caption" }).closest("table") as HTMLElement;
  await waitFor(() => expect(within(schedule).getAllByText("30/11/2022")).toHaveLength(12));
});

test("a resource's nature and recurrence are edited with the glossary's labels", async () => {
  render(<App host={standalone} />);
  const resource = await screen.findByRole("group", { name: "Contribution communale" });
  expect(within(resource).getByText("Nature de la ressource")).toBeTruthy();
  fireEvent.click(within(resource).getByRole("combobox", { name: /^Récurrence/ }));
  fireEvent.click(await screen.findByText("Ponctuelle (une seule année)", { selector: ".ms-Dropdown-optionText" }));
  expect(await within(resource).findByLabelText("Année (par défaut : celle de la convention)")).toBeTruthy();
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"recurrence":"ponctuelle"'));
  fireEvent.click(within(resource).getByRole("combobox", { name: /^Nature de la ressource/ }));
  fireEvent.click(await screen.findByText("Investissement (montré à part)", { selector: ".ms-Dropdown-optionText" }));
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"nature":"investissement"'));
});
