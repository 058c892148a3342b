/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { registerPaneIcons } from "../../src/taskpane/components/icons";
import { Notices } from "../../src/taskpane/components/Notices";
import type { Notice } from "../../src/taskpane/hooks/useNotices";

registerPaneIcons();

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
