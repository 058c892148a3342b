import type { ConventionResult } from "../../../calc";
import type { ColumnDef, ColumnKind } from "./spec";

/** What every result sheet shares: its three title rows, then its first table's header. */
const TITLE_ROWS = 3;
export const HEADER = TITLE_ROWS + 1;

/** A column of a result table. */
export const c = (key: string, header: string, kind: ColumnKind): ColumnDef => ({ key, header, kind });
/** An amount of a result, as the number Excel stores (the decimal string is exact to the cent). */
export const money = (v: string): number => Number(v);

/** The title rows of a result sheet: its title, the convention and year, and who wrote it. */
export function heading(r: ConventionResult, title: string): { type: "text"; row: number; lines: string[]; title?: boolean }[] {
  const note = `${r.title ?? "Convention France Services"} — année ${r.year}${r.illustrative ? " — EXEMPLE ILLUSTRATIF : montants fictifs" : ""}`;
  return [
    { type: "text", row: 1, title: true, lines: [title] },
    { type: "text", row: 2, lines: [note] },
    { type: "text", row: 3, lines: ["Calculé par le complément France Services ; cette feuille est remplacée à chaque calcul."] },
  ];
}
