/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { SCENARIO_KEY } from "../../src/taskpane/state/persist";

registerPaneIcons();
jest.setTimeout(20_000);
beforeEach(() => window.localStorage.clear());

test("an unreadable saved state suspends saving until « Enregistrer quand même », which resumes it", async () => {
  window.localStorage.setItem(SCENARIO_KEY, "{cassé");
  render(<App host={{ kind: "standalone", reason: "navigateur" }} />);
  const button = (await screen.findByText("Enregistrer quand même", { selector: "button *" })).closest("button") as HTMLElement;
  expect(await screen.findByText(/Le scénario enregistré est illisible/)).toBeTruthy();
  expect(screen.getByText("Enregistrement suspendu.")).toBeTruthy();

  fireEvent.click(button);
  await waitFor(() => expect(screen.queryByText("Enregistrer quand même", { selector: "button *" })).toBeNull());
  expect(screen.queryByText(/Le scénario enregistré est illisible/)).toBeNull();
  const agent = screen.getByRole("group", { name: "Agent A1-1" });
  fireEvent.change(within(agent).getByLabelText("Quotité (ETP)"), { target: { value: "0,5" } });
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"fte":"0.5"'), { timeout: 5000 });
});
