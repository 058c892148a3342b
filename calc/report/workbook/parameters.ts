import { PARAMETER_STATUS_TERMS } from "../../glossary";
import type { Book } from "./book";
import { PARAMETERS } from "./layouts";
import { FORMAT, SheetWriter } from "./sheet";

type Key = (typeof PARAMETERS.columns)[number]["key"];

const UNITS: Record<string, string> = { EUR: "€", taux: "taux", "EUR/point/an": "€ / point / an", indice: "indice", agents: "agents" };

/**
 * Paramètres: every parameter value the workbook uses (the computation's and the formulas'),
 * with the date it is in force from, its status (published source, estimate, choice of the
 * product) and its source. The other sheets' formulas read their values here.
 */
export function writeParameters(book: Book): void {
  const w = new SheetWriter<Key>(
    book.wb,
    PARAMETERS,
    "Paramètres utilisés",
    "Valeur, date d'effet, statut et source de chaque paramètre ; les formules des autres feuilles lisent la colonne Valeur.",
    book.stats,
  );
  for (const { use, row } of book.parameterRows.values()) {
    w.text(row, "name", use.name);
    w.text(row, "label", use.label);
    w.input(row, "value", Number(use.value));
    w.ws.getCell(row, PARAMETERS.index("value")).numFmt = FORMAT[use.unit === "EUR" ? "money" : use.unit === "taux" ? "rate" : "decimal"];
    w.text(row, "unit", UNITS[use.unit] ?? use.unit);
    const [y, m, d] = use.from.split("-").map(Number);
    // A scenario's override holds for every date: its « from » is year 1, which no spreadsheet date can show.
    if (y < 1900) w.text(row, "from", "toujours");
    else w.input(row, "from", new Date(Date.UTC(y, m - 1, d)));
    w.text(row, "status", PARAMETER_STATUS_TERMS[use.status].label);
    w.text(row, "source", use.source);
  }
  w.finish();
}
