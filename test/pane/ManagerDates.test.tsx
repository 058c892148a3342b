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
const standalone = { kind: "standalone", reason: "navigateur" } as const;
const ADVANCE = "Date de l'acompte de ce gestionnaire";
const BALANCE = "Date du solde de ce gestionnaire";

beforeEach(() => window.localStorage.clear());

/** The Fluent text field around an input: its label, hint and error. */
const fieldOf = (input: HTMLElement) => input.closest(".ms-TextField") as HTMLElement;

test("a manager's own acompte and solde dates: empty, the convention's are shown; a solde before the acompte is refused in French", async () => {
  render(<App host={standalone} />);
  const advance = await screen.findByLabelText(ADVANCE);
  const balance = screen.getByLabelText(BALANCE);
  // Empty: the convention's dates, the defaults of 2022 (15 December, 30 June of the next year).
  expect(within(fieldOf(advance)).getByText("Vide : la date de la convention, le 15/12/2022")).toBeTruthy();
  expect(within(fieldOf(balance)).getByText("Vide : la date de la convention, le 30/06/2023")).toBeTruthy();

  // An acompte after the convention's solde: the solde (the convention's) would precede it.
  fireEvent.change(advance, { target: { value: "2023-07-15" } });
  expect(await within(fieldOf(balance)).findByText("la date des soldes (2023-06-30) précède celle des acomptes (2023-07-15)")).toBeTruthy();
  expect(within(fieldOf(advance)).queryByText(/^Vide/)).toBeNull();
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"advanceDate":"2023-07-15"'));

  // Its own solde, after the acompte: the error goes, both dates are saved with the manager.
  fireEvent.change(balance, { target: { value: "2023-09-29" } });
  await waitFor(() => expect(within(fieldOf(balance)).queryByText(/précède/)).toBeNull());
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"balanceDate":"2023-09-29"'));
  const saved = JSON.parse(window.localStorage.getItem(SCENARIO_KEY) ?? "{}");
  const manager = (saved.scenario ?? saved).managers[0];
  expect([manager.advanceDate, manager.balanceDate]).toEqual(["2023-07-15", "2023-09-29"]);
  expect((saved.scenario ?? saved).rules.advanceDate).toBeUndefined();

  // Emptied, the acompte is the convention's again.
  fireEvent.change(advance, { target: { value: "" } });
  expect(await within(fieldOf(advance)).findByText("Vide : la date de la convention, le 15/12/2022")).toBeTruthy();
});
