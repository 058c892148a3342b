/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useMemo } from "react";
import { VOSGES_2022_EXAMPLE, type ScenarioInput } from "../../calc";
import { ComparePanel } from "../../src/taskpane/components/ComparePanel";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { useComparison } from "../../src/taskpane/hooks/useComparison";
import { safeCompute } from "../../src/taskpane/hooks/useScenarioState";

registerPaneIcons();
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
const SPACES = /[\s\u00a0\u202f]+/g;
const text = (el: Element | null) => (el?.textContent ?? "").replace(SPACES, " ").trim();
const example = () => JSON.parse(JSON.stringify(VOSGES_2022_EXAMPLE)) as ScenarioInput;

function Harness({ input }: { input: ScenarioInput }) {
  const outcome = useMemo(() => safeCompute(input), [input]);
  const state = useComparison(input, outcome);
  return <ComparePanel input={input} outcome={outcome} state={state} />;
}

async function choose(option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: /^Comparer le scénario du volet avec/ }));
  fireEvent.click(await screen.findByText(option, { selector: ".ms-Dropdown-optionText" }));
}

/** The cell of a reflowed table: the row named `row`, the column labelled `column`. */
async function cell(caption: string, row: string, column: string) {
  const table = (await screen.findByText(caption, { selector: "caption" })).closest("table") as HTMLTableElement;
  const tr = within(table).getByText(row, { selector: "th" }).closest("tr") as HTMLTableRowElement;
  return text(tr.querySelector(`td[data-label="${column}"]`));
}

test("against the other final-payment rule: the rule first, then finals +28 353,62 € and the unspent credits −28 353,62 €", async () => {
  render(<Harness input={example()} />);
  await choose("Le même scénario, montant final « redistribué »");
  const rule = await screen.findByText("Règle du montant final");
  // The only difference, with the glossary's labels on both sides.
  expect(text(rule.closest("li"))).toBe(
    "Règle du montant final : Plafonné au montant de la convention → Enveloppe répartie à nouveau sur le réalisé",
  );
  // Capped, the finals sum to 380 691,38 €; shared again, to the whole 409 045,00 € envelope:
  // 409 045,00 − 380 691,38 = 28 353,62 € more paid, and as much less left unspent.
  expect(await cell("Convention : avant, après, écart", "Attribution finale", "Avant")).toBe("380 691,38 €");
  expect(await cell("Convention : avant, après, écart", "Attribution finale", "Après")).toBe("409 045,00 €");
  expect(await cell("Convention : avant, après, écart", "Attribution finale", "Écart")).toBe("+28 353,62 €");
  expect(await cell("Convention : avant, après, écart", "Crédits non consommés", "Écart")).toBe("−28 353,62 €");
  // The forecast allocation does not follow the final rule.
  expect(await cell("Convention : avant, après, écart", "Attribution prévisionnelle", "Écart")).toBe("0,00 €");
});

test("against another rate: the envelope binds in both, the allocations do not change; the rate is listed first", async () => {
  render(<Harness input={example()} />);
  await choose("Le même scénario, un autre taux du Département");
  const rule = await screen.findByText("Taux de participation du Département");
  expect(text(rule.closest("li"))).toBe("Taux de participation du Département : 80 % → 75 %");
  expect(await cell("Convention : avant, après, écart", "Attribution prévisionnelle", "Écart")).toBe("0,00 €");
  // A rate of 0,5 (typed the French way) lowers every request below the envelope.
  fireEvent.change(screen.getByLabelText("Taux comparé (une fraction : 0,75 pour 75 %)"), { target: { value: "0,5" } });
  await waitFor(() =>
    expect(text(screen.getByText("Taux de participation du Département").closest("li"))).toBe(
      "Taux de participation du Département : 80 % → 50 %",
    ),
  );
  // A rate above 1 cannot be computed: said in French, where it is, and no comparison is shown.
  fireEvent.change(screen.getByLabelText("Taux comparé (une fraction : 0,75 pour 75 %)"), { target: { value: "1,5" } });
  expect(
    await screen.findByText(/^Le scénario comparé ne peut pas être calculé : Règles › Taux de participation du Département : /),
  ).toBeTruthy();
  expect(screen.queryByText("Ce qui diffère")).toBeNull();
});

test("against the next year: each structure's forfait +5 000 € (30 000 → 35 000 €), G2 +12 500 € (its first year was 9 months)", async () => {
  render(<Harness input={example()} />);
  await choose("Le même scénario, une autre année");
  await screen.findByText("Année");
  expect(text(screen.getByText("Année").closest("li"))).toBe("Année : 2022 → 2023");
  // The parameters that differ, with their unit and the date each value applies from.
  expect(text(screen.getByText("Forfait de l'État par structure labellisée et par an").closest("li"))).toBe(
    "Forfait de l'État par structure labellisée et par an : 30 000,00 € (depuis le 01/01/2020) → 35 000,00 € (depuis le 01/01/2023)",
  );
  const table = (await screen.findByText("Écarts par structure", { selector: "caption" })).closest("table") as HTMLTableElement;
  const forfaits = Array.from(table.querySelectorAll('td[data-label="Forfait de l\'État"]')).map(text);
  expect(forfaits).toEqual([...Array(11).fill("+5 000,00 €"), "+12 500,00 €"]);
  // 11 × 5 000 + 12 500 = 67 500 € for the convention.
  expect(await cell("Convention : avant, après, écart", "Forfait de l'État", "Écart")).toBe("+67 500,00 €");
  // The budget years: 2022 to 2024 (the 2023 convention's balances fall in 2024).
  const years = (await screen.findByText("Écarts par exercice budgétaire", { selector: "caption" })).closest("table") as HTMLTableElement;
  expect(Array.from(years.querySelectorAll("tbody th")).map(text)).toEqual(["2022", "2023", "2024"]);
});

test("an imported scenario's names are shown as text, never as HTML; an invalid file is refused in French", async () => {
  const { container } = render(<Harness input={example()} />);
  await choose("Un scénario importé (fichier JSON)");
  const other = example();
  other.managers[0].name = '<img src=x onerror="window.pwned=1">Gestionnaire';
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  // A file as the browser gives it (jsdom's File has no text()).
  const file = (name: string, body: string) =>
    Object.assign(new File([body], name, { type: "application/json" }), { text: async () => body });
  fireEvent.change(input, { target: { files: [file("autre.json", JSON.stringify(other))] } });
  expect(await screen.findByText("Comparé avec « autre.json ».")).toBeTruthy();
  const table = (await screen.findByText("Écarts par gestionnaire", { selector: "caption" })).closest("table") as HTMLTableElement;
  expect(within(table).getByText(other.managers[0].name, { selector: "th" })).toBeTruthy();
  expect(container.querySelector("img")).toBeNull();
  // Same figures on both sides: every change is zero, and nothing differs.
  expect(await screen.findByText("Aucune règle ni aucun paramètre ne diffère.")).toBeTruthy();
  expect(await cell("Convention : avant, après, écart", "Attribution finale", "Écart")).toBe("0,00 €");

  fireEvent.change(input, { target: { files: [file("cassé.json", "{pas du json")] } });
  expect(
    await screen.findByText(/« cassé\.json » n'est pas un fichier JSON valide : .*La comparaison en cours est conservée\./),
  ).toBeTruthy();
  expect(screen.getByText("Comparé avec « autre.json ».")).toBeTruthy();
});
