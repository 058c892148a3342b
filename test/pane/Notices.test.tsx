/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { Notices } from "../../src/taskpane/components/Notices";
import { parameterNotice } from "../../src/taskpane/components/ParameterNotice";
import type { Notice } from "../../src/taskpane/hooks/useNotices";

registerPaneIcons();
configure({ asyncUtilTimeout: 10_000 });

test("a notice's button comes from its code, never from its wording", async () => {
  const onClick = jest.fn();
  const notices: Notice[] = [
    { type: "error", code: "save-blocked", text: "Le scénario enregistré est illisible." },
    // Same words as the action, no code: no button.
    { type: "error", text: "Choisissez « Enregistrer quand même » plus haut." },
  ];
  render(
    <Notices notices={notices} onDismiss={() => undefined} actions={{ "save-blocked": { text: "Enregistrer quand même", onClick } }} />,
  );
  // Fluent renders a message's text a moment after its bar (for screen readers).
  const blocked = await screen.findByText("Le scénario enregistré est illisible.");
  await screen.findByText("Choisissez « Enregistrer quand même » plus haut.");
  const buttons = screen.getAllByRole("button", { name: "Enregistrer quand même" });
  expect(buttons).toHaveLength(1);
  expect(blocked.closest(".ms-MessageBar")?.contains(buttons[0])).toBe(true);
  fireEvent.click(buttons[0]);
  expect(onClick).toHaveBeenCalledTimes(1);
});

test("each notice can be closed", () => {
  const onDismiss = jest.fn();
  const n: Notice = { type: "success", text: "Scénario importé." };
  render(<Notices notices={[n]} onDismiss={onDismiss} />);
  fireEvent.click(screen.getByRole("button", { name: "Fermer" }));
  expect(onDismiss).toHaveBeenCalledWith(n);
});

test("the parameters notice names every estimated or decided parameter with its value and source, and only those", () => {
  const use = (name: string, status: "source" | "estimate" | "decision", value: string, source: string) =>
    ({ name, label: `Libellé ${name}`, unit: "taux", from: "2022-01-01", value, status, source }) as const;
  const n = parameterNotice([
    use("a", "source", "0.8", "Délibération"),
    use("b", "decision", "0.5", "Décision produit"),
    use("c", "estimate", "0.07", "Taux usuels"),
    use("d", "estimate", "0.0855", "Taux usuels"),
    use("c", "estimate", "0.07", "Taux usuels"),
  ]);
  expect(n).toEqual({
    type: "info",
    code: "parametres-estimes",
    text:
      "Ces chiffres utilisent des paramètres qui ne sont pas des sources publiées : Choix du produit — Libellé b : 50 % (source : Décision produit) ; " +
      "Estimation — Libellé c : 7 %, Libellé d : 8,55 % (source : Taux usuels).",
  });
  expect(parameterNotice([use("a", "source", "0.8", "Délibération")])).toBeNull();
});

test("every tab whose figures use an estimate shows the notice", async () => {
  render(<App host={{ kind: "standalone", reason: "navigateur" }} />);
  for (const [tab, heading] of [
    ["Simuler", "Simuler un gestionnaire"],
    ["Convention", "Convention"],
    ["Paramètres", "Paramètres datés"],
    ["Comparer", "Comparer deux scénarios"],
  ]) {
    fireEvent.click(await screen.findByRole("tab", { name: tab }));
    const section = (await screen.findByRole("heading", { name: new RegExp(`^${heading}$`) })).closest("section") as HTMLElement;
    expect(await within(section).findByText(/Taux de l'acompte versé à la signature : 50 %/)).toBeTruthy();
  }
}, 60_000);
