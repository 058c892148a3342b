import type { ScenarioInput } from "../../../calc";
import { AGENTS, BUDGET, CONVENTION, MANAGERS, OBJECTIVES, RESOURCES, STRUCTURES, type InputTableDef } from "./inputLayout";
import type { Cell, SheetSpec } from "./spec";
import { writeCell } from "./values";

/** Row of the header of every input table (rows 1–2 say what the sheet is for). */
export const INPUT_HEADER_ROW = 4;

type Row = Record<string, unknown>;

const HELP: Record<string, string> = {
  [MANAGERS.role]: "Un gestionnaire par ligne (EPCI, PETR, commune, association, La Poste). L'identifiant relie ses structures.",
  [STRUCTURES.role]: "Une structure France Services par ligne ; « Gestionnaire » reprend l'identifiant de la feuille Gestionnaires.",
  [AGENTS.role]:
    "Un agent par ligne. Donnez son coût d'une seule façon : indice majoré (avec le statut), coût chargé annuel, ou brut annuel.",
  [RESOURCES.role]: "Autres ressources d'une structure : un montant, ou une subvention paramétrée (son montant vient des paramètres).",
  [OBJECTIVES.role]: "Objectifs de l'évaluation annuelle : la part finale est multipliée par la part pondérée des objectifs atteints.",
  [BUDGET.role]: "Lignes du budget du Département hors subventions : un montant, ou le nom d'un paramètre.",
};

function tableSheet(def: InputTableDef, rows: Row[]): SheetSpec {
  return {
    role: def.role,
    name: def.sheet,
    userData: true,
    freezeRows: INPUT_HEADER_ROW,
    blocks: [
      { type: "text", row: 1, title: true, lines: [def.sheet] },
      { type: "text", row: 2, lines: [HELP[def.role]] },
      {
        type: "table",
        row: INPUT_HEADER_ROW,
        name: def.table,
        columns: def.columns,
        rows: rows.map((r) => def.columns.map((col): Cell => writeCell(r[col.key], col.kind))),
        validation: true,
      },
    ],
  };
}

function get(object: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Row)[k] : undefined), object);
}

/**
 * The input sheets of a scenario: the convention values, then one table per list. Written
 * as typed: a value that does not validate is kept, so that the user can correct it in place.
 */
export function inputSheets(s: ScenarioInput): SheetSpec[] {
  const structures: Row[] = [];
  const agents: Row[] = [];
  const resources: Row[] = [];
  const objectives: Row[] = [];
  for (const m of s.managers ?? []) {
    for (const st of m.structures ?? []) {
      structures.push({ ...st, manager: m.id });
      for (const a of st.agents ?? []) agents.push({ ...a, structure: st.id });
      for (const r of st.resources ?? []) resources.push({ ...r, structure: st.id });
      for (const o of st.objectives ?? []) objectives.push({ ...o, structure: st.id });
    }
  }
  const convention: SheetSpec = {
    role: CONVENTION.role,
    name: CONVENTION.sheet,
    userData: true,
    blocks: [
      { type: "text", row: 1, title: true, lines: ["Convention France Services"] },
      { type: "text", row: 2, lines: ["Valeurs de la convention ; une valeur vide prend le paramètre daté (volet Paramètres)."] },
      {
        type: "keyValues",
        row: INPUT_HEADER_ROW,
        name: CONVENTION.table,
        validation: true,
        rows: CONVENTION.rows.map((r) => ({
          key: r.key,
          label: r.label,
          kind: r.kind,
          value: writeCell(get(s, r.key), r.kind),
          ...("choices" in r ? { choices: r.choices } : {}),
        })),
      },
    ],
  };
  return [
    convention,
    tableSheet(MANAGERS, (s.managers ?? []) as Row[]),
    tableSheet(STRUCTURES, structures),
    tableSheet(AGENTS, agents),
    tableSheet(RESOURCES, resources),
    tableSheet(OBJECTIVES, objectives),
    tableSheet(BUDGET, (s.budget?.lines ?? []) as Row[]),
  ];
}
