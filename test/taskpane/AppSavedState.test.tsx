/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { VOSGES_2022_EXAMPLE } from "../../calc";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { ASIDE_KEY, OVERRIDES_KEY, SCENARIO_KEY } from "../../src/taskpane/state/persist";

registerPaneIcons();
// A busy machine (two cores shared by several test runs) can take seconds to render the pane.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
const problem = () => screen.findByRole("region", { name: "État enregistré inutilisable" });
const NBSP = /[\s\u00a0\u202f]/g;
const text = (el: HTMLElement | null) => (el?.textContent ?? "").replace(NBSP, " ");
const standalone = { kind: "standalone", reason: "navigateur" } as const;
const savedAt = "2026-11-23T10:00:00.000Z";
const wrap = (scenario: unknown) => JSON.stringify({ version: 1, savedAt, scenario });

/** What the export button offers, read from the Blob handed to URL.createObjectURL. */
let exported: Blob[] = [];
beforeEach(() => {
  window.localStorage.clear();
  exported = [];
  URL.createObjectURL = (b: Blob | MediaSource) => (exported.push(b as Blob), "blob:essai");
  URL.revokeObjectURL = () => {};
});

const read = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(b);
  });

async function open() {
  render(<App host={standalone} />);
  await screen.findByRole("heading", { name: "Simuler un gestionnaire" });
}

const CASES: [string, string, RegExp][] = [
  [
    "no scenario in it",
    JSON.stringify({ version: 1, savedAt }),
    /Le scénario enregistré est illisible \(ce n'est pas un scénario : \(racine\) : doit être un objet\)/,
  ],
  ["a scenario without managers", wrap({ year: 2022 }), /managers : obligatoire/],
  ["managers that are text", wrap({ year: 2022, managers: "abc" }), /managers : doit être une liste/],
  ["a list holding null", wrap([null]), /\(racine\) : doit être un objet/],
  ["a scenario that is a number", wrap(42), /\(racine\) : doit être un objet/],
  ["a list of managers holding null", wrap({ year: 2022, managers: [null] }), /managers\[0\] : doit être un objet/],
  ["text that is not JSON", "{cassé", /texte JSON invalide/],
  ["a whole text that is a list", "[null]", /version inconnue/],
];

describe.each(CASES)("a saved state with %s", (_name, stored, why) => {
  test("is reported in French, kept as stored, exportable, and the pane shows the example", async () => {
    window.localStorage.setItem(SCENARIO_KEY, stored);
    await open();
    const alert = await problem();
    expect(text(alert)).toMatch(why);
    expect(text(alert)).toContain("n'enregistre rien tant que vous n'avez pas choisi");
    await waitFor(() => expect(text(document.getElementById("total-attribue"))).toBe("409 045,00 €"));

    fireEvent.click(within(alert).getByText("Exporter le texte enregistré"));
    expect(exported).toHaveLength(1);
    expect(await read(exported[0])).toBe(stored);

    // An edit is not saved over the stored text while the question is open.
    const first = await screen.findByRole("group", { name: "Agent A1-1" });
    fireEvent.change(within(first).getByLabelText("Quotité (ETP)"), { target: { value: "0,5" } });
    await new Promise((r) => setTimeout(r, 800));
    expect(window.localStorage.getItem(SCENARIO_KEY)).toBe(stored);

    // Starting from the example keeps the text aside, then saves the example.
    fireEvent.click(within(alert).getByText("Repartir de l'exemple"));
    await waitFor(() => expect(screen.queryByRole("region", { name: "État enregistré inutilisable" })).toBeNull());
    expect(window.localStorage.getItem(ASIDE_KEY)).toBe(stored);
    await waitFor(() =>
      expect(JSON.parse(window.localStorage.getItem(SCENARIO_KEY) ?? "{}").scenario?.managers?.[0]?.id).toBe("ca-epinal-ill"),
    );
    expect(JSON.parse(window.localStorage.getItem(SCENARIO_KEY) ?? "{}").scenario.managers[0].structures[0].agents[0].fte).toBe(
      VOSGES_2022_EXAMPLE.managers[0].structures[0].agents![0].fte,
    );
  });
});

test("saved parameters that are not an object are reported too", async () => {
  window.localStorage.setItem(OVERRIDES_KEY, JSON.stringify({ version: 1, savedAt, overrides: "abc" }));
  await open();
  expect(text(await problem())).toMatch(
    /Les paramètres enregistrés sont illisibles \(ce n'est pas une liste de paramètres : parameters : doit être un objet\)/,
  );
});

test("« Enregistrer quand même » keeps the stored text aside and saves the pane's scenario", async () => {
  window.localStorage.setItem(SCENARIO_KEY, wrap({ managers: "abc" }));
  await open();
  fireEvent.click(within(await problem()).getByText("Enregistrer quand même"));
  await waitFor(() => expect(window.localStorage.getItem(ASIDE_KEY)).toBe(wrap({ managers: "abc" })));
  await waitFor(() => expect(window.localStorage.getItem(SCENARIO_KEY)).toContain('"ca-epinal-ill"'));
});

test("work in progress with a field error is restored as it was, with the error under its field", async () => {
  const s = JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE));
  s.managers[0].structures[0].agents[0].fte = "1.5";
  window.localStorage.setItem(SCENARIO_KEY, wrap(s));
  await open();
  expect(await screen.findByText(/Scénario restauré depuis ce navigateur/)).toBeTruthy();
  expect(screen.queryByRole("region", { name: "État enregistré inutilisable" })).toBeNull();
  const first = await screen.findByRole("group", { name: "Agent A1-1" });
  expect(await within(first).findByText(/une quotité doit être comprise entre 0 et 1/)).toBeTruthy();
});
