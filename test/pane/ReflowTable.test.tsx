/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { ReflowTable } from "../../src/taskpane/components/ReflowTable";

const NBSP = /[\s\u00a0\u202f]+/g;

test("each cell carries its column's label (read in a narrow pane), amounts in euros, negative ones in red", () => {
  const rows = [
    { id: "a", name: "Gestionnaire A", kind: "Fixe", balance: "1234.5" },
    { id: "b", name: "Gestionnaire B", kind: "Itinérante (bus)", balance: "-10" },
  ];
  render(
    <ReflowTable
      caption="Par gestionnaire"
      first="Gestionnaire"
      rows={rows}
      rowKey={(r) => r.id}
      rowName={(r) => r.name}
      columns={[
        { label: "Type", text: (r) => r.kind },
        { label: "Solde", amount: (r) => r.balance },
      ]}
    />,
  );
  const table = screen.getByRole("table", { name: "Par gestionnaire" });
  expect(Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent)).toEqual(["Gestionnaire", "Type", "Solde"]);
  const b = screen.getByRole("rowheader", { name: "Gestionnaire B" }).closest("tr") as HTMLElement;
  const cells = Array.from(b.querySelectorAll("td")).map((td) => [
    td.dataset.label,
    (td.textContent ?? "").replace(NBSP, " "),
    td.className,
  ]);
  expect(cells).toEqual([
    ["Type", "Itinérante (bus)", ""],
    ["Solde", "-10,00 €", "negative"],
  ]);
  const a = screen.getByRole("rowheader", { name: "Gestionnaire A" }).closest("tr") as HTMLElement;
  expect((a.querySelector('td[data-label="Solde"]')?.textContent ?? "").replace(NBSP, " ")).toBe("1 234,50 €");
});
