/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { AMOUNT_TERMS, compute, VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { euros } from "../../src/taskpane/format";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { SimulatePanel } from "../../src/taskpane/components/SimulatePanel";

registerPaneIcons();
/** A copy of the shipped example (jsdom has no structuredClone). */
const example = (): ScenarioInput => JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE));
const NBSP = /[\s\u00a0\u202f]+/g;
const text = (el: Element | null) => (el?.textContent ?? "").replace(NBSP, " ").trim();

// The whole example's form is a large tree for jsdom, and the machine may be busy.
jest.setTimeout(20_000);

let latest: ScenarioInput;

/** The panel over a scenario kept in state, as the pane does; `latest` is the scenario after the last change. */
function Simulate() {
  const [scenario, setScenario] = useState<ScenarioInput>(() => example() as ScenarioInput);
  latest = scenario;
  const outcome = compute(scenario, { traces: false });
  return (
    <SimulatePanel
      scenario={scenario}
      outcome={outcome}
      issues={new Map()}
      managerIndex={0}
      onManagerIndex={() => undefined}
      onChange={setScenario}
      xlsx={{ preparing: null, exportConvention: () => undefined, exportManager: () => undefined }}
      busy={false}
    />
  );
}

test("the results use the glossary's labels; the remaining cost is the forecast one", () => {
  render(<Simulate />);
  const r = compute(VOSGES_2022_EXAMPLE, { traces: false });
  if (!r.ok) throw new Error("exemple");
  const fig = (label: string) => text(screen.getByText(label, { selector: "dt" }).nextElementSibling);
  const amount = (value: string) => euros(value).replace(NBSP, " ");
  expect(fig("Attribution prévisionnelle")).toBe(amount(r.result.managers[0].allocated));
  expect(fig("Reste à charge prévisionnel")).toBe(amount(r.result.managers[0].remainingCost));
  expect(screen.queryByText("Reste à charge", { selector: "dt, th" })).toBeNull();
  // The money table's columns are the amounts' names.
  const headers = Array.from(document.querySelectorAll("table.reflow thead th")).map((th) => th.textContent);
  expect(headers).toEqual([
    "Ligne",
    ...(["forfait", "otherResources", "allocated", "remainingCost"] as const).map((k) => AMOUNT_TERMS[k].label),
  ]);
});

test("an agent's status and a structure's kind read the glossary", () => {
  render(<Simulate />);
  const agent = screen.getByRole("group", { name: "Agent A1-1" });
  expect(text(agent.querySelector(".ms-Dropdown-title"))).toBe("Titulaire (CNRACL)");
  const structure = screen.getByText("France Services A1 (illustratif)", { selector: "h3" }).closest("details") as HTMLElement;
  expect(text(structure.querySelector(".ms-Dropdown-title"))).toBe("Fixe");
});

test("changing how an agent's cost is given empties the old cost and asks for the new one", async () => {
  render(<Simulate />);
  const agent = screen.getByRole("group", { name: "Agent A1-1" });
  expect(within(agent).getByRole("textbox", { name: "Indice majoré" })).toBeTruthy();
  fireEvent.click(within(agent).getAllByRole("combobox")[1]);
  fireEvent.click(await screen.findByText("Coût chargé annuel", { selector: ".ms-Dropdown-optionText" }));
  expect(await within(agent).findByLabelText("Coût chargé annuel (temps plein)")).toBeTruthy();
  expect(within(agent).queryByLabelText("Indice majoré")).toBeNull();
  const a = latest.managers[0].structures[0].agents?.[0];
  expect(a).toEqual({ name: "Agent A1-1", status: "titulaire", fte: 1 });
});

test("agents and resources are added and removed in their structure", async () => {
  render(<Simulate />);
  const structure = screen.getByText("France Services A1 (illustratif)", { selector: "h3" }).closest("details") as HTMLElement;
  fireEvent.click(within(structure).getByText("Ajouter un agent"));
  expect(await within(structure).findByRole("group", { name: "Agent 4" })).toBeTruthy();
  expect(latest.managers[0].structures[0].agents).toHaveLength(4);
  fireEvent.click(within(structure).getByRole("button", { name: "Retirer l'agent Agent A1-2" }));
  expect(latest.managers[0].structures[0].agents?.map((a) => a.name)).toEqual(["Agent A1-1", "Agent A1-3", "Agent 4"]);
  fireEvent.click(within(structure).getByText("Ajouter une ressource"));
  expect(latest.managers[0].structures[0].resources?.at(-1)).toEqual({ label: "Contribution", amount: "0" });
});
