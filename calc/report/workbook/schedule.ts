import type { Payment } from "../../engine/types";
import { PAYMENT_KIND_TERMS } from "../../glossary";
import type { Book, BookStructure } from "./book";
import { MANAGERS, SCHEDULE, STRUCTURES } from "./layouts";
import { excelSerial, FIRST_ROW, SheetWriter } from "./sheet";

type Key = (typeof SCHEDULE.columns)[number]["key"];

/** The payments of each structure of the book (its acompte, then its solde or reversement), in the rows of the Échéancier. */
export function paymentRows(book: Book): { structure: BookStructure; payment: Payment; row: number }[] {
  const byStructure = new Map<BookStructure["result"], BookStructure>(book.structures.map((s) => [s.result, s]));
  // The engine lists two payments per structure, in the order of its structures.
  const rows: { structure: BookStructure; payment: Payment; row: number }[] = [];
  book.result.structures.forEach((r, i) => {
    const s = byStructure.get(r);
    if (!s) return;
    for (const payment of book.result.payments.slice(2 * i, 2 * i + 2)) {
      if (payment.structureId !== r.id) throw new Error(`échéancier : le paiement ${2 * i} n'est pas celui de « ${r.id} »`);
      rows.push({ structure: s, payment, row: FIRST_ROW + rows.length });
    }
  });
  return rows;
}

/**
 * Échéancier: one row per payment, as the engine lists them: for each structure its acompte at
 * its manager's acompte date, then its solde MAX(0; final − acompte) or its reversement
 * MAX(0; acompte − final) at the solde date (Structures sheet); the date a real date (its
 * manager's, on Gestionnaires), the budget year YEAR(date). The Budget sheet sums these rows.
 */
export function writeSchedule(book: Book): { kind: string; exercice: string; amount: string; from: number; to: number } {
  const w = new SheetWriter<Key>(
    book.wb,
    SCHEDULE,
    "Échéancier : acomptes, soldes et reversements",
    "Acompte = ARRONDI(attribution prévisionnelle × taux d'acompte ; 2), versé à la date d'acompte ; solde = MAX(0 ; attribution finale − acompte) ou reversement = MAX(0 ; acompte − attribution finale), à la date du solde ; exercice = ANNEE(date).",
    book.stats,
  );
  const rows = paymentRows(book);
  for (const { structure: s, payment: p, row } of rows) {
    const S = (k: (typeof STRUCTURES.columns)[number]["key"]) => STRUCTURES.cell(k, s.row);
    const m = book.managerOf(s);
    w.text(row, "manager", m.result.id);
    w.text(row, "id", s.result.id);
    w.text(row, "name", s.result.name);
    w.text(row, "kind", PAYMENT_KIND_TERMS[p.kind].label);
    w.formula(row, "date", MANAGERS.ref(p.kind === "acompte" ? "advanceDate" : "balanceDate", m.row), excelSerial(p.date));
    w.formula(row, "exercice", `YEAR(${SCHEDULE.col("date")}${row})`, p.exercice);
    const formula =
      p.kind === "acompte"
        ? S("advance")
        : p.kind === "solde"
          ? `MAX(0,${S("final")}-${S("advance")})`
          : `MAX(0,${S("advance")}-${S("final")})`;
    w.formula(row, "amount", formula, Number(p.amount));
  }
  w.finish();
  const last = FIRST_ROW + rows.length - 1;
  const range = (k: Key) => `'${SCHEDULE.sheet}'!$${SCHEDULE.col(k)}$${FIRST_ROW}:$${SCHEDULE.col(k)}$${Math.max(last, FIRST_ROW)}`;
  return { kind: range("kind"), exercice: range("exercice"), amount: range("amount"), from: FIRST_ROW, to: last };
}
