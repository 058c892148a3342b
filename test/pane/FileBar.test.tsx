/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { compute, VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { FileBar } from "../../src/taskpane/components/FileBar";
import { registerPaneIcons } from "../../src/taskpane/components/icons";

registerPaneIcons();
/** A copy of the shipped example (jsdom has no structuredClone). */
const example = (): ScenarioInput => JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE));

/** A file as the browser gives it (jsdom's File has no text()). */
function file(name: string, content: string): File {
  return Object.assign(new File([content], name, { type: "application/json" }), { text: async () => content });
}

function setup(ask = jest.fn(async () => true)) {
  const props = { onImport: jest.fn(), onReset: jest.fn(), onError: jest.fn(), ask };
  const scenario = example() as ScenarioInput;
  const xlsx = { preparing: null, exportConvention: jest.fn(), exportManager: jest.fn() };
  render(<FileBar scenario={scenario} outcome={compute(scenario, { traces: false })} xlsx={xlsx} {...props} />);
  const choose = (f: File) => fireEvent.change(screen.getByLabelText("Fichier de scénario à importer"), { target: { files: [f] } });
  return { ...props, choose };
}

test("an invalid file is refused with where each problem is, by names", async () => {
  const { choose, onError, onImport, ask } = setup();
  const wrong = example() as ScenarioInput;
  const agents = wrong.managers[1].structures[0].agents ?? [];
  agents[1] = { ...agents[1], fte: 3, name: undefined };
  choose(file("faux.json", JSON.stringify(wrong)));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  const text: string = onError.mock.calls[0][0];
  expect(text).toBe(
    "« faux.json » n'est pas un scénario valide (1 erreur) : Communauté de communes B (illustratif) › France Services B1 (illustratif) › agent 2 › Quotité (ETP) : une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5). Le scénario actuel est conservé.",
  );
  expect(ask).not.toHaveBeenCalled();
  expect(onImport).not.toHaveBeenCalled();
});

test("a file that is not JSON is refused in French", async () => {
  const { choose, onError } = setup();
  choose(file("cassé.json", "{cassé"));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0][0]).toMatch(/^« cassé\.json » n'est pas un fichier JSON valide : .*Le scénario actuel est conservé\.$/);
});

test("a valid file is imported after asking, its parameters kept apart as overrides", async () => {
  const { choose, onImport, ask } = setup();
  const s = { ...example(), parameters: { "departement.taux": "0.7" } };
  choose(file("bon.json", JSON.stringify(s)));
  await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
  expect(ask).toHaveBeenCalledWith(expect.objectContaining({ title: "Importer ce scénario ?", confirmText: "Importer" }));
  const [scenario, overrides] = onImport.mock.calls[0];
  expect(overrides).toEqual({ "departement.taux": "0.7" });
  expect(scenario.parameters).toBeUndefined();
  expect(scenario.managers).toHaveLength(VOSGES_2022_EXAMPLE.managers.length);
});

test("« Annuler » keeps the scenario", async () => {
  const ask = jest.fn(async () => false);
  const { choose, onImport } = setup(ask);
  choose(file("bon.json", JSON.stringify(VOSGES_2022_EXAMPLE)));
  await waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
  // Whatever follows the answer has run by the next task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(onImport).not.toHaveBeenCalled();
});

test("import and export are in the command bar at the top", async () => {
  setup();
  expect(screen.getByRole("navigation", { name: "Fichiers" })).toBeTruthy();
  // jsdom lays nothing out: Fluent's command bar keeps its items in its measuring box, hidden from role queries.
  const bar = screen.getByRole("navigation", { name: "Fichiers" });
  expect(within(bar).getByTitle("Importer un scénario (JSON)")).toBeTruthy();
  fireEvent.click(within(bar).getByText("Exporter").closest("button") as HTMLElement);
  expect(await screen.findByRole("menuitem", { name: "Exporter le scénario (JSON)" })).toBeTruthy();
  expect(screen.getByRole("menuitem", { name: "Exporter les résultats (CSV)" })).toBeTruthy();
});
