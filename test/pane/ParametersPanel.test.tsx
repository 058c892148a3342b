/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { ParametersPanel } from "../../src/taskpane/components/ParametersPanel";
import type { Overrides } from "../../src/taskpane/state/persist";

registerPaneIcons();
const NBSP = /[\s\u00a0\u202f]+/g;
const text = (el: Element | null) => (el?.textContent ?? "").replace(NBSP, " ").trim();
const card = (name: string) => document.querySelector(`li[data-parameter="${name}"]`) as HTMLElement;
const value = (name: string) => text(card(name).querySelector(".param-value"));

/** The panel with its overrides kept in state, as the pane does. */
function Panel({ inWorkbook, initial = {} }: { inWorkbook: boolean; initial?: Overrides }) {
  const [overrides, setOverrides] = useState<Overrides>(initial);
  return <ParametersPanel year={2022} overrides={overrides} issues={new Map()} onChange={setOverrides} inWorkbook={inWorkbook} />;
}

test("values are written with thousands separators and their unit", () => {
  render(<Panel inWorkbook={false} />);
  expect(value("point.annuel")).toBe("5 623,23 € (depuis le 1er février 2017)");
  expect(value("departement.enveloppe")).toBe("409 045,00 € (depuis le 1er janvier 2022)");
  expect(value("departement.taux")).toBe("80 % (depuis le 1er janvier 2022)");
  expect(value("charte.agents_minimum")).toBe("2 agents (depuis le 1er janvier 2020)");
  // The status badge reads the glossary's label.
  expect(within(card("departement.taux_acompte")).getByText("Choix du produit")).toBeTruthy();
});

test("standalone, the override field does not speak of a workbook; in Excel it does", () => {
  const { unmount } = render(<Panel inWorkbook={false} />);
  expect(screen.queryAllByText(/Valeur du classeur/)).toHaveLength(0);
  expect(within(card("departement.taux")).getByLabelText("Remplacer par (une fraction : 0,8 pour 80 %)")).toBeTruthy();
  expect(screen.getByText(/enregistrée dans ce navigateur/)).toBeTruthy();
  unmount();
  render(<Panel inWorkbook />);
  expect(within(card("departement.taux")).getByLabelText("Valeur du classeur (une fraction : 0,8 pour 80 %)")).toBeTruthy();
  expect(screen.getByText(/enregistrée dans le classeur/)).toBeTruthy();
});

test("the card follows an override, and goes back to the reference", async () => {
  render(<Panel inWorkbook={false} />);
  const taux = card("departement.taux");
  fireEvent.change(within(taux).getByRole("textbox"), { target: { value: "0,7" } });
  expect(await within(taux).findByText("Valeur remplacée")).toBeTruthy();
  expect(value("departement.taux")).toBe("70 %");
  expect(await screen.findByText("1 paramètre remplacé : les calculs du volet les utilisent.")).toBeTruthy();
  fireEvent.click(within(taux).getByText("Revenir à la valeur de référence"));
  expect(await within(taux).findByText("Source publiée")).toBeTruthy();
  expect(value("departement.taux")).toBe("80 % (depuis le 1er janvier 2022)");
});

test("dated overrides show the value in force at the convention's date; a value being typed leaves the reference on the card", () => {
  render(
    <Panel
      inWorkbook={false}
      initial={{
        "point.annuel": [
          { from: "2021-01-01", value: "6000" },
          { from: "2023-01-01", value: "7000" },
        ],
        "departement.taux": "abc",
      }}
    />,
  );
  expect(value("point.annuel")).toBe("6 000,00 € (depuis le 1er janvier 2021)");
  expect(within(card("point.annuel")).getByText("Remplacé par des valeurs datées importées (2).")).toBeTruthy();
  expect(value("departement.taux")).toBe("80 % (depuis le 1er janvier 2022)");
});
