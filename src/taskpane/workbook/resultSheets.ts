import {
  AMOUNT_KEYS,
  AMOUNT_TERMS,
  BUDGET_LINE_TERMS,
  OTHER_TERMS,
  PARAMETER_STATUS_TERMS,
  formatValue,
  labelOf,
  type Amounts,
  type ConventionResult,
} from "../../../calc";
import type { Cell, ColumnDef, ColumnKind, SheetSpec } from "./spec";

/** The result sheets of a convention: per structure, per manager, the payment schedule, the department budget, the warnings. */

const c = (key: string, header: string, kind: ColumnKind): ColumnDef => ({ key, header, kind });
const amountColumn = (key: keyof Amounts): ColumnDef => c(key, AMOUNT_TERMS[key].label, "money");
const money = (v: string): number => Number(v);

/**
 * The amounts shown per structure and per manager, in the library's order, labelled by the
 * glossary: all but the final request and the repayment (the balance shows it).
 */
const AMOUNT_COLUMNS: readonly ColumnDef[] = AMOUNT_KEYS.filter((k) => k !== "finalRequested" && k !== "repayment").map(amountColumn);

const amounts = (a: Amounts): Cell[] => AMOUNT_COLUMNS.map((col) => money(a[col.key as keyof Amounts]));
const TITLE_ROWS = 3;
const HEADER = TITLE_ROWS + 1;

function heading(r: ConventionResult, title: string): { type: "text"; row: number; lines: string[]; title?: boolean }[] {
  const note = `${r.title ?? "Convention France Services"} — année ${r.year}${r.illustrative ? " — EXEMPLE ILLUSTRATIF : montants fictifs" : ""}`;
  return [
    { type: "text", row: 1, title: true, lines: [title] },
    { type: "text", row: 2, lines: [note] },
    { type: "text", row: 3, lines: ["Calculé par le complément France Services ; cette feuille est remplacée à chaque calcul."] },
  ];
}

/** Every result sheet of a computed convention, in the order they are added. */
export function resultSheets(r: ConventionResult): SheetSpec[] {
  const managers = new Map(r.managers.map((m) => [m.id, m.name]));
  const structures: SheetSpec = {
    role: "resultats.structures",
    name: "Résultats structures",
    freezeRows: HEADER,
    blocks: [
      ...heading(r, "Résultats par structure"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Structures",
        columns: [
          c("manager", "Gestionnaire", "text"),
          c("name", "Structure", "text"),
          c("id", "Identifiant", "id"),
          c("kind", "Type", "text"),
          c("fte", "ETP affectés", "decimal"),
          c("achievement", "Taux d'atteinte", "rate"),
          ...AMOUNT_COLUMNS,
        ],
        rows: r.structures.map((s) => [
          managers.get(s.managerId) ?? s.managerId,
          s.name,
          s.id,
          s.kind,
          Number(s.fte),
          Number(s.achievement),
          ...amounts(s),
        ]),
        totals: AMOUNT_COLUMNS.map((col) => col.key),
      },
    ],
  };
  const byManager: SheetSpec = {
    role: "resultats.gestionnaires",
    name: "Résultats gestionnaires",
    freezeRows: HEADER,
    blocks: [
      ...heading(r, "Résultats par gestionnaire"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Gestionnaires",
        columns: [
          c("name", "Gestionnaire", "text"),
          c("id", "Identifiant", "id"),
          c("kind", "Type", "text"),
          c("structures", "Structures", "integer"),
          c("fte", "ETP affectés", "decimal"),
          ...AMOUNT_COLUMNS,
        ],
        rows: r.managers.map((m) => [m.name, m.id, m.kind, m.structures, Number(m.fte), ...amounts(m)]),
        totals: ["structures", ...AMOUNT_COLUMNS.map((col) => col.key)],
      },
      {
        type: "chart",
        title: "D'où vient l'argent : forfait, autres ressources, part du Département, reste à charge",
        table: "FS_R_Gestionnaires",
        label: "name",
        series: ["forfait", "otherResources", "allocated", "remainingCost"],
        at: `A${HEADER + r.managers.length + 4}`,
      },
    ],
  };
  const schedule: SheetSpec = {
    role: "resultats.echeancier",
    name: "Échéancier",
    freezeRows: HEADER,
    blocks: [
      ...heading(
        r,
        `Échéancier des paiements : acompte à la signature (taux ${formatValue(r.rules.advanceRate, "taux")}), solde après l'évaluation`,
      ),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Echeancier",
        columns: [
          c("manager", "Gestionnaire", "text"),
          c("name", "Structure", "text"),
          amountColumn("allocated"),
          amountColumn("advance"),
          amountColumn("final"),
          amountColumn("balance"),
          amountColumn("repayment"),
        ],
        rows: r.structures.map((s) => [
          managers.get(s.managerId) ?? s.managerId,
          s.name,
          money(s.allocated),
          money(s.advance),
          money(s.final),
          money(s.balance),
          money(s.repayment),
        ]),
        totals: ["allocated", "advance", "final", "balance", "repayment"],
      },
    ],
  };
  const b = r.budget;
  const budgetRow = HEADER + 1 + b.lines.length + 2;
  const budget: SheetSpec = {
    role: "resultats.budget",
    name: "Budget Département",
    blocks: [
      ...heading(r, "Budget du Département"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Budget",
        columns: [c("label", "Ligne", "text"), c("type", "Type", "text"), c("amount", "Montant", "money"), c("source", "Source", "text")],
        rows: b.lines.map((l) => [
          l.label,
          labelOf(BUDGET_LINE_TERMS, l.type),
          money(l.amount),
          l.parameter
            ? `${l.parameter.source}${l.parameter.status === "estimate" ? ` (${PARAMETER_STATUS_TERMS.estimate.label.toUpperCase()})` : ""}`
            : "Calcul de la convention",
        ]),
      },
      {
        type: "keyValues",
        row: budgetRow,
        rows: [
          { key: "expenses", label: "Dépenses", kind: "money", value: money(b.expenses) },
          { key: "receipts", label: "Recettes", kind: "money", value: money(b.receipts) },
          { key: "net", label: "Net (dépenses − recettes)", kind: "money", value: money(b.net) },
          ...(b.statedTotal !== undefined && b.gap !== undefined
            ? [
                { key: "statedTotal", label: "Coût total déclaré par le Département", kind: "money" as const, value: money(b.statedTotal) },
                { key: "gap", label: "Écart (dépenses − coût déclaré), montré tel quel", kind: "money" as const, value: money(b.gap) },
              ]
            : []),
          { key: "envelope", label: OTHER_TERMS.envelope.label, kind: "money", value: money(r.totals.envelope) },
          { key: "unused", label: OTHER_TERMS.unused.label, kind: "money", value: money(r.totals.unused) },
        ],
      },
    ],
  };
  const warnings: SheetSpec = {
    role: "resultats.avertissements",
    name: "Avertissements",
    blocks: [
      ...heading(r, "Avertissements et paramètres utilisés"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Avertissements",
        columns: [c("message", "Avertissement", "text"), c("path", "Concerne", "text")],
        rows: r.warnings.length ? r.warnings.map((w) => [w.message, w.path || "la convention"]) : [["Aucun avertissement", ""]],
      },
      {
        type: "table",
        row: HEADER + Math.max(1, r.warnings.length) + 3,
        name: "FS_R_Parametres",
        columns: [
          c("label", "Paramètre", "text"),
          c("value", "Valeur", "text"),
          c("from", "En vigueur depuis", "text"),
          c("status", "Statut", "text"),
          c("source", "Source", "text"),
        ],
        rows: r.parametersUsed.map((p) => [
          p.label,
          formatValue(p.value, p.unit),
          p.from,
          PARAMETER_STATUS_TERMS[p.status].label,
          p.source,
        ]),
      },
    ],
  };
  return [structures, byManager, schedule, budget, warnings];
}
