import { BUDGET_LINE_TERMS, AMOUNT_TERMS } from "../../glossary";
import { AMOUNT_KEYS } from "../../engine/types";
import type { Book } from "./book";
import { CELL } from "./convention";
import { BUDGET, SHEETS } from "./layouts";
import { FIRST_ROW, SheetWriter } from "./sheet";

type Key = (typeof BUDGET.columns)[number]["key"];

/**
 * Budget: the Département's lines for the convention year: the subsidies (the final allocation,
 * from the Convention sheet), its other expenses and receipts (dated parameters or amounts typed
 * in the scenario), their totals by SUMIF, and the gap to the total the Département states
 * (shown, never forced to 0). The split by budget year will come with the payment dates.
 */
export function writeBudget(book: Book): void {
  const w = new SheetWriter<Key>(
    book.wb,
    BUDGET,
    `Budget du Département : convention ${book.result.year}`,
    "Dépenses et recettes de l'année ; l'écart au coût total déclaré est montré tel quel.",
    book.stats,
  );
  const { budget } = book.result;
  const expense = BUDGET_LINE_TERMS.depense.label;
  const receipt = BUDGET_LINE_TERMS.recette.label;
  let row = FIRST_ROW;
  budget.lines.forEach((line, i) => {
    w.text(row, "label", line.label);
    w.text(row, "type", line.type === "depense" ? expense : receipt);
    if (i === 0) {
      const finalRow = CELL.totals + AMOUNT_KEYS.indexOf("final");
      w.formula(row, "amount", `'${SHEETS.convention}'!$B$${finalRow}`, Number(line.amount));
      w.text(row, "parameter", AMOUNT_TERMS.final.label);
    } else if (line.parameter) {
      const p = book.parameter(line.parameter.name);
      w.formula(row, "amount", p.ref, Number(line.amount));
      w.text(row, "parameter", line.parameter.name);
    } else w.input(row, "amount", Number(line.amount));
    row++;
  });
  const last = row - 1;
  const types = BUDGET.range("type", FIRST_ROW, last);
  const amounts = BUDGET.range("amount", FIRST_ROW, last);
  const C = (r: number) => `${BUDGET.col("amount")}${r}`;
  row++;
  const expensesRow = row;
  total(w, row++, "Total des dépenses", `SUMIF(${types},"${expense}",${amounts})`, budget.expenses);
  total(w, row++, "Total des recettes", `SUMIF(${types},"${receipt}",${amounts})`, budget.receipts);
  total(w, row++, "Net (dépenses − recettes)", `${C(expensesRow)}-${C(expensesRow + 1)}`, budget.net);
  if (budget.statedTotal !== undefined) {
    const statedRow = row++;
    w.text(statedRow, "label", "Coût total déclaré par le Département");
    if (book.scenario.budget?.statedTotal !== undefined) w.input(statedRow, "amount", Number(budget.statedTotal));
    else {
      const p = book.parameter("departement.cout_total_declare");
      w.formula(statedRow, "amount", p.ref, Number(budget.statedTotal));
      w.text(statedRow, "parameter", p.use.name);
    }
    total(w, row++, "Écart (dépenses − coût déclaré)", `${C(expensesRow)}-${C(statedRow)}`, budget.gap ?? "0");
  }
  w.finish();
}

function total(w: SheetWriter<Key>, row: number, label: string, formula: string, value: string): void {
  w.text(row, "label", label);
  w.formula(row, "amount", formula, Number(value));
  w.ws.getCell(row, 1).font = { bold: true };
}
