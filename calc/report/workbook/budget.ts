import { BUDGET_LINE_TERMS, BUDGET_YEAR_TERMS, AMOUNT_TERMS, OTHER_TERMS, PAYMENT_KIND_TERMS } from "../../glossary";
import type { BudgetYear } from "../../engine/types";
import { AMOUNT_KEYS, BUDGET_YEAR_KEYS } from "../../engine/types";
import type { Book } from "./book";
import { CELL, conv } from "./convention";
import { BUDGET, SHEETS } from "./layouts";
import { FIRST_ROW, SheetWriter } from "./sheet";

type Key = (typeof BUDGET.columns)[number]["key"];

/** The Échéancier's columns the budget years sum (absolute ranges). */
export interface ScheduleRanges {
  kind: string;
  exercice: string;
  amount: string;
}

/**
 * Budget: the Département's lines for the convention year: the subsidies (the final amounts,
 * from the Convention sheet), its other expenses and receipts (dated parameters or amounts typed
 * in the scenario, booked in the convention's year), their totals by SUMIF, and the gap to the
 * total the Département states (shown, never forced to 0). Then, by budget year (exercice): the
 * acomptes, soldes and reversements of the Échéancier (SUMIFS on its kind and year), the other
 * expenses and receipts booked in the year (SUMIFS on the lines), and the year's net cost.
 */
export function writeBudget(book: Book, schedule: ScheduleRanges): void {
  const w = new SheetWriter<Key>(
    book.wb,
    BUDGET,
    `Budget du Département : convention ${book.result.year}`,
    "Dépenses et recettes de l'année ; l'écart au coût total déclaré est montré tel quel ; puis, par exercice budgétaire, les paiements de l'Échéancier (SOMME.SI.ENS) et les autres lignes.",
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
      w.text(row, "exercice", "Échéancier");
      row++;
      return;
    }
    w.formula(row, "exercice", conv("year"), book.result.year);
    if (line.parameter) {
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
  row++;
  w.text(row, "label", `Par ${OTHER_TERMS.exercice.label.toLowerCase()} (paiements de l'Échéancier et lignes ci-dessus)`);
  w.ws.getCell(row++, 1).font = { bold: true };
  const exercices = BUDGET.range("exercice", FIRST_ROW, last) as string;
  const E = (r: number) => `$${BUDGET.col("exercice")}${r}`;
  const paid = (kind: keyof typeof PAYMENT_KIND_TERMS, r: number) =>
    `SUMIFS(${schedule.amount},${schedule.kind},"${PAYMENT_KIND_TERMS[kind].label}",${schedule.exercice},${E(r)})`;
  const booked = (type: string, r: number) => `SUMIFS(${amounts},${types},"${type}",${exercices},${E(r)})`;
  for (const [year, figures] of Object.entries(budget.byExercice)) {
    const first = row;
    const at = (k: keyof BudgetYear) => first + BUDGET_YEAR_KEYS.indexOf(k);
    const formulas: Record<keyof BudgetYear, string> = {
      advances: paid("acompte", first),
      balances: paid("solde", first),
      repayments: paid("reversement", first),
      otherExpenses: booked(expense, first),
      otherReceipts: booked(receipt, first),
      total: `${C(at("advances"))}+${C(at("balances"))}+${C(at("otherExpenses"))}-${C(at("repayments"))}-${C(at("otherReceipts"))}`,
    };
    for (const k of BUDGET_YEAR_KEYS) {
      w.text(row, "label", BUDGET_YEAR_TERMS[k].label);
      w.text(row, "exercice", Number(year));
      if (k === "total") total(w, row, `${BUDGET_YEAR_TERMS[k].label} ${year}`, formulas[k], figures[k]);
      else w.formula(row, "amount", formulas[k], Number(figures[k]));
      row++;
    }
  }
  w.finish();
}

function total(w: SheetWriter<Key>, row: number, label: string, formula: string, value: string): void {
  w.text(row, "label", label);
  w.formula(row, "amount", formula, Number(value));
  w.ws.getCell(row, 1).font = { bold: true };
}
