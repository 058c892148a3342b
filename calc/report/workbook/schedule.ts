import type { Book } from "./book";
import { conv } from "./convention";
import { cents, mul, ofCents, rat } from "./exact";
import { MANAGERS, SCHEDULE, STRUCTURES } from "./layouts";
import { SheetWriter } from "./sheet";

type Key = (typeof SCHEDULE.columns)[number]["key"];

/**
 * Échéancier: per structure, the acompte ROUND(allocation × advance rate; 2) paid at signature,
 * the final allocation after the evaluation, the solde (final − acompte; negative: a
 * reversement) and the reversement MAX(0; −solde). Payment dates and budget years will be
 * columns of this sheet when the engine gives them. A pooled manager's acompte is computed on
 * its row of Gestionnaires and split among its structures (values, checked there).
 */
export function writeSchedule(book: Book): void {
  const w = new SheetWriter<Key>(
    book.wb,
    SCHEDULE,
    "Échéancier : acompte, attribution finale, solde",
    "Acompte = ARRONDI(attribution prévisionnelle × taux d'acompte ; 2), versé à la signature ; solde = attribution finale − acompte, versé après l'évaluation (négatif : reversement).",
    book.stats,
  );
  const rate = rat(book.result.rules.advanceRate);
  for (const s of book.structures) {
    const { row, result: r } = s;
    const C = (k: Key) => `${SCHEDULE.col(k)}${row}`;
    w.text(row, "manager", book.managerOf(s).result.id);
    w.text(row, "id", r.id);
    w.text(row, "name", r.name);
    w.formula(row, "allocated", STRUCTURES.cell("allocated", row), Number(r.allocated));
    if (book.pooled(s)) {
      const label = `${C("advance")} : Σ = mutualisé`;
      w.checked(row, "advance", Number(r.advance), "mutualisation", label, MANAGERS.ref("poolCheck", book.managerOf(s).row), 0, "money");
    } else w.rounded(row, "advance", `${C("allocated")}*${conv("advanceRate")}`, mul(ofCents(cents(r.allocated)), rate), r.advance);
    w.formula(row, "final", STRUCTURES.cell("final", row), Number(r.final));
    w.formula(row, "balance", `${C("final")}-${C("advance")}`, Number(r.balance));
    w.formula(row, "repayment", `MAX(0,-${C("balance")})`, Number(r.repayment));
  }
  w.finish();
}
