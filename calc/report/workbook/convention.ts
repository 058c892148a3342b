import type { Worksheet } from "exceljs";
import pkg from "../../../package.json";
import { AMOUNT_KEYS } from "../../engine/types";
import {
  AMOUNT_TERMS,
  DEDUCTION_TERMS,
  FINAL_RULE_TERMS,
  OTHER_TERMS,
  PAYMENT_KIND_TERMS,
  SHARE_READING_TERMS,
  labelOf,
} from "../../glossary";
import { PARAMETERS_DATE } from "../../parameters/data";
import { frenchDate } from "../../parameters/lookup";
import type { Book } from "./book";
import { MANAGERS, AGENTS, SHEETS, STRUCTURES } from "./layouts";
import { FIRST_ROW, FORMAT, isoToDate, type Format } from "./sheet";

/** The Convention sheet's cells other sheets read (column B). */
export const CELL = {
  year: 12,
  rate: 13,
  shareBase: 14,
  deduction: 15,
  advanceRate: 16,
  envelope: 17,
  cap: 18,
  pooling: 19,
  finalPayment: 20,
  advanceDate: 21,
  balanceDate: 22,
  balanceRate: 23,
  balanceRateFits: 24,
  balanceRateAbove: 25,
  requested: 27,
  fits: 28,
  left: 29,
  finalRequested: 30,
  finalFits: 31,
  finalLeft: 32,
  totals: 35,
} as const;

/** `'Convention'!$B$n`. */
export const conv = (name: keyof typeof CELL): string => `'${SHEETS.convention}'!$B$${CELL[name]}`;

const INPUT_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;

/** Creates the Convention sheet first (it is the first tab); its rule cells are written now, its totals by {@link writeConventionTotals}. */
export function writeConvention(book: Book): Worksheet {
  const { result, scenario } = book;
  const ws = book.wb.addWorksheet(SHEETS.convention, {
    pageSetup: { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.getColumn(1).width = 52;
  ws.getColumn(2).width = 20;
  ws.getColumn(3).width = 60;
  const manager = book.only === undefined ? undefined : book.managers[0]?.result;
  ws.getCell("A1").value = `${result.title ?? "Convention France Services"} : ${manager ? manager.name : `convention ${result.year}`}`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  const notes = [
    manager
      ? `Ce classeur présente les chiffres du gestionnaire « ${manager.name} » dans la convention départementale France Services de ${result.year} : ses structures, ses agents, ses paiements. Les attributions sont celles de la convention (répartition de l'enveloppe entre tous les gestionnaires) et sont saisies comme des valeurs.`
      : `Ce classeur présente la convention départementale France Services de ${result.year} : règles, enveloppe, gestionnaires, structures, agents, échéancier, budget et paramètres. Chaque montant calculé est une formule Excel ordinaire que l'on peut suivre (aucune macro, aucun complément nécessaire).`,
    result.illustrative
      ? "CHIFFRES ILLUSTRATIFS : les structures, les noms et les montants de ce scénario sont fictifs ou simulés ; ils ne sont pas ceux d'une convention réelle."
      : "Chiffres du scénario saisi par l'utilisateur.",
    `Produit par ${pkg.name} ${pkg.version}, paramètres de référence au ${frenchDate(PARAMETERS_DATE)} (valeur, date, statut et source de chacun sur la feuille Paramètres). Règles : ${AMOUNT_TERMS.final.label.toLowerCase()} « ${labelOf(FINAL_RULE_TERMS, result.rules.finalPayment)} », part du Département « ${labelOf(SHARE_READING_TERMS, result.rules.shareBase)} ».`,
    "Cellules bleues : saisies et paramètres. Cellules blanches : formules (ARRONDI au centime, au plus loin de zéro, comme le calcul de référence). Cellules ambrées : valeurs que la virgule flottante d'un tableur pourrait arrondir à un autre centime (un demi-centime exact, par exemple 3 979,755) ou règles qui ne s'écrivent pas en une formule simple (ventilation d'un gestionnaire mutualisé au plus fort reste) : la valeur est celle du calcul, et la colonne « Contrôle » à droite donne la formule à vérifier (montant avant arrondi, ou écart à 0).",
    "", // the count of checked cells, written with the totals
    (manager
      ? "Répartition de l'enveloppe (dans le classeur de la convention) : quand"
      : "Répartition de l'enveloppe (feuille Répartition) : quand") +
      " les demandes dépassent l'enveloppe, chacun reçoit la partie entière de sa quote-part en centimes, puis les centimes restants vont un à un aux plus forts restes (à égalité, au premier).",
  ];
  notes.forEach((text, i) => {
    const c = ws.getCell(2 + i, 1);
    c.value = text;
    c.alignment = { wrapText: true, vertical: "top" };
    ws.mergeCells(2 + i, 1, 2 + i, 3);
    ws.getRow(2 + i).height = Math.max(15, Math.ceil(text.length / 120) * 15);
  });
  section(ws, CELL.year - 1, "Règles de la convention");
  line(ws, CELL.year, OTHER_TERMS.year.label, { input: result.year }, "integer");
  rule(ws, book, CELL.rate, OTHER_TERMS.share.label, scenario.rules.rate, "departement.taux", Number(result.rules.rate), "rate");
  line(ws, CELL.shareBase, "Lecture de la règle", { text: labelOf(SHARE_READING_TERMS, result.rules.shareBase) });
  ws.getCell(CELL.shareBase, 3).value = `rules.shareBase = « ${result.rules.shareBase} » (la part est ensuite limitée au plafond)`;
  line(ws, CELL.deduction, "Déduction", { text: labelOf(DEDUCTION_TERMS, result.rules.deduction) });
  rule(
    ws,
    book,
    CELL.advanceRate,
    "Taux d'acompte",
    scenario.rules.advanceRate,
    "departement.taux_acompte",
    Number(result.rules.advanceRate),
    "rate",
  );
  rule(
    ws,
    book,
    CELL.envelope,
    OTHER_TERMS.envelope.label,
    scenario.rules.envelope,
    "departement.enveloppe",
    Number(result.rules.envelope),
    "money",
  );
  line(
    ws,
    CELL.cap,
    "Plafond par structure",
    result.rules.capPerStructure ? { input: Number(result.rules.capPerStructure) } : { text: "aucun" },
    "money",
  );
  line(ws, CELL.pooling, "Mutualisation par gestionnaire (par défaut)", { text: result.rules.pooling ? "oui" : "non" });
  line(ws, CELL.finalPayment, `${AMOUNT_TERMS.final.label} : règle`, { text: labelOf(FINAL_RULE_TERMS, result.rules.finalPayment) });
  ws.getCell(CELL.finalPayment, 3).value =
    result.rules.finalPayment === "plafonne"
      ? "ARRONDI(attribution prévisionnelle × MIN(1 ; demande finale ÷ demande) ; 2) par bénéficiaire ; ce qui n'est pas versé reste non consommé"
      : "l'enveloppe est répartie à nouveau sur les demandes finales (feuille Répartition)";
  dateLine(
    ws,
    CELL.advanceDate,
    `${OTHER_TERMS.date.label} : ${PAYMENT_KIND_TERMS.acompte.label.toLowerCase()}`,
    result.rules.advanceDate,
    scenario.rules.advanceDate,
    "par défaut le 15 décembre de l'année",
  );
  dateLine(
    ws,
    CELL.balanceDate,
    `${OTHER_TERMS.date.label} : ${PAYMENT_KIND_TERMS.solde.label.toLowerCase()}`,
    result.rules.balanceDate,
    scenario.rules.balanceDate,
    "par défaut le 30 juin de l'année suivante",
  );
  line(ws, CELL.balanceRate, OTHER_TERMS.balanceRate.label, { input: Number(result.budget.balanceRate) }, "rate");
  ws.getCell(CELL.balanceRate, 3).value =
    "le plus grand taux, à 4 décimales arrondi vers le bas, auquel la somme des demandes tient dans l'enveloppe (100 % quand elles y tiennent) ; valeur du calcul, " +
    (book.full
      ? "vérifiée par les deux lignes suivantes (demandes à ce taux : feuille Répartition)"
      : "vérifiée dans le classeur de la convention");
  return ws;
}

/** Writes the envelope's sharing cells (whole convention only) and the totals, once the other sheets are laid out. */
export function writeConventionTotals(book: Book, ws: Worksheet, sharing: Sharing | undefined): void {
  const { result } = book;
  const checked = Object.entries(book.stats.checked).map(([why, n]) => `${n} (${why})`);
  ws.getCell(CHECKED_NOTE_ROW, 1).value = `Cellules ambrées dans ce classeur : ${checked.join(", ") || "aucune"}.`;
  if (sharing) {
    section(ws, CELL.requested - 1, "Répartition de l'enveloppe");
    line(ws, CELL.requested, "Σ des demandes", sharing.forecast.requested, "money");
    line(ws, CELL.fits, "Les demandes tiennent dans l'enveloppe", sharing.forecast.fits);
    line(ws, CELL.left, "Centimes restant à répartir aux plus forts restes", sharing.forecast.left);
    if (sharing.final) {
      line(ws, CELL.finalRequested, "Σ des demandes finales", sharing.final.requested, "money");
      line(ws, CELL.finalFits, "Les demandes finales tiennent dans l'enveloppe", sharing.final.fits);
      line(ws, CELL.finalLeft, "Centimes restant à répartir (final)", sharing.final.left);
    }
    if (sharing.balanceRate) {
      line(ws, CELL.balanceRateFits, "Contrôle : les demandes tiennent à ce taux", sharing.balanceRate.fits);
      line(ws, CELL.balanceRateAbove, "Contrôle : elles tiennent à ce taux + 0,0001 (FAUX attendu)", sharing.balanceRate.above);
    }
  }
  section(ws, CELL.totals - 1, book.full ? "Totaux de la convention" : "Totaux du gestionnaire");
  const m = [FIRST_ROW, FIRST_ROW + book.managers.length - 1];
  let row = CELL.totals;
  const totals = book.full ? result.totals : book.managers[0].result;
  for (const key of AMOUNT_KEYS) {
    line(ws, row++, AMOUNT_TERMS[key].label, { formula: `SUM(${MANAGERS.range(key, m[0], m[1])})`, result: Number(totals[key]) }, "money");
  }
  const allocatedRow = CELL.totals + AMOUNT_KEYS.indexOf("allocated");
  const finalRow = CELL.totals + AMOUNT_KEYS.indexOf("final");
  if (book.full) {
    line(
      ws,
      row++,
      OTHER_TERMS.unused.label,
      { formula: `B${CELL.envelope}-B${allocatedRow}`, result: Number(result.totals.unused) },
      "money",
    );
    line(
      ws,
      row++,
      OTHER_TERMS.finalUnused.label,
      { formula: `B${CELL.envelope}-B${finalRow}`, result: Number(result.totals.finalUnused) },
      "money",
    );
  }
  const s = [FIRST_ROW, FIRST_ROW + book.structures.length - 1];
  const agents = book.structures.reduce((a, x) => a + x.input.agents.length, 0);
  const fte = book.structures.reduce((a, x) => a + Number(x.result.fte), 0);
  const ids = STRUCTURES.range("id", s[0], s[1]);
  const names = AGENTS.range("name", FIRST_ROW, FIRST_ROW + agents - 1);
  line(ws, row++, "Structures", ids ? { formula: `COUNTA(${ids})`, result: book.structures.length } : { input: 0 }, "integer");
  line(ws, row++, "Lignes d'agents", names ? { formula: `COUNTA(${names})`, result: agents } : { input: 0 }, "integer");
  line(ws, row++, OTHER_TERMS.fte.label, { formula: `SUM(${MANAGERS.range("fte", m[0], m[1])})`, result: fte }, "decimal");
  // A manager's file lists the convention's warnings and its own, never the other managers'.
  const own = book.full ? undefined : `managers[${book.managers[0].index}]`;
  const warnings = result.warnings.filter(
    (w) => own === undefined || !w.path.startsWith("managers[") || w.path === own || w.path.startsWith(`${own}.`),
  );
  if (warnings.length) {
    section(ws, ++row, "Avertissements du calcul");
    for (const w of warnings.slice(0, MAX_WARNINGS)) {
      const c = ws.getCell(++row, 1);
      c.value = w.path ? `${w.path} : ${w.message}` : w.message;
      ws.mergeCells(row, 1, row, 3);
    }
    if (warnings.length > MAX_WARNINGS)
      ws.getCell(++row, 1).value = `… et ${warnings.length - MAX_WARNINGS} autres (voir le résultat du calcul).`;
  }
}

/** The warnings listed at most on the Convention sheet. */
const MAX_WARNINGS = 500;

function section(ws: Worksheet, row: number, title: string): void {
  ws.getCell(row, 1).value = title;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
}

/** The cells of the envelope's sharing that the Répartition sheet computes: the cents left to the largest remainders. */
export interface Sharing {
  forecast: { requested: Content; fits: Content; left: Content };
  /** Under the « redistribué » rule only. */
  final?: { requested: Content; fits: Content; left: Content };
  /** The balance rate's checks, when written (see the Répartition sheet). */
  balanceRate?: { fits: Content; above: Content };
}

/** A payment date: the scenario's (an input) or the default (a value, the rule said beside). */
function dateLine(ws: Worksheet, row: number, label: string, date: string, given: string | undefined, rule: string): void {
  ws.getCell(row, 1).value = label;
  const c = ws.getCell(row, 2);
  c.value = isoToDate(date);
  c.numFmt = FORMAT.date;
  c.fill = INPUT_FILL;
  ws.getCell(row, 3).value = given === undefined ? rule : "date du scénario (un gestionnaire peut avoir la sienne : feuille Gestionnaires)";
}

/** Row of the cover note that counts the checked cells. */
const CHECKED_NOTE_ROW = 6;

type Content = { input: number } | { text: string } | { formula: string; result: number | boolean };

function line(ws: Worksheet, row: number, label: string, content: Content, format?: Format): void {
  ws.getCell(row, 1).value = label;
  const c = ws.getCell(row, 2);
  if ("input" in content) {
    c.value = content.input;
    c.fill = INPUT_FILL;
  } else if ("text" in content) c.value = content.text;
  else c.value = { formula: content.formula, result: content.result } as never;
  if (format) c.numFmt = FORMAT[format];
}

/** A rule value: the scenario's (an input) or the dated parameter's (a reference to Paramètres, its source beside). */
function rule(
  ws: Worksheet,
  book: Book,
  row: number,
  label: string,
  given: unknown,
  parameter: string,
  value: number,
  format: Format,
): void {
  if (given !== undefined) return line(ws, row, label, { input: value }, format);
  const p = book.parameter(parameter);
  line(ws, row, label, { formula: p.ref, result: value }, format);
  ws.getCell(row, 3).value = `paramètre ${parameter} (${p.use.source})`;
}
