import { AMOUNT_TERMS, OTHER_TERMS } from "../glossary";
import { PARAMETERS } from "../parameters/data";

/**
 * A scenario path as a person reads it. Validation reports `managers[0].structures[0].agents[1].fte`;
 * a manager reads « Communauté de communes B › France Services B1 › agent 2 › Quotité (ETP) ».
 * The names come from the scenario the path points into (an imported file, the pane's scenario);
 * an item without a usable name is called by its kind and rank, counted from 1.
 */

/** The French name of each field of a scenario, by its key (the same key means the same field at every level). */
export const SCENARIO_FIELD_LABELS: Readonly<Record<string, string>> = {
  year: OTHER_TERMS.year.label,
  title: "Titre",
  description: "Description",
  illustrative: "Exemple illustratif",
  rules: "Règles",
  parameters: "Paramètres",
  managers: "Gestionnaires",
  budget: "Budget du Département",
  rate: "Taux de participation du Département",
  deduction: "Déduction",
  advanceRate: "Taux de l'acompte versé à la signature",
  envelope: OTHER_TERMS.envelope.label,
  capPerStructure: "Plafond par structure",
  pooling: "Mutualisation",
  id: "Identifiant",
  name: "Nom",
  kind: "Type",
  pooled: "Mutualisé",
  structures: "Structures",
  labelledSince: "Labellisée depuis",
  monthsOpen: "Mois d'ouverture la première année",
  cap: "Plafond",
  agents: "Agents",
  otherCosts: AMOUNT_TERMS.otherCosts.label,
  resources: AMOUNT_TERMS.otherResources.label,
  objectives: "Objectifs",
  actualPayroll: AMOUNT_TERMS.actualPayroll.label,
  status: "Statut",
  loadedCost: "Coût chargé annuel",
  grossSalary: "Brut annuel",
  employerRate: "Taux de charges",
  indiceMajore: "Indice majoré",
  fte: "Quotité (ETP)",
  months: "Mois de présence",
  assignment: "Affectation à France Services",
  label: "Libellé",
  amount: "Montant",
  grant: "Subvention paramétrée",
  deducted: "Déduite",
  nature: "Nature (fonctionnement ou investissement)",
  recurrence: "Récurrence",
  finalPayment: "Règle du montant final",
  shareBase: "Lecture de la règle des 80 %",
  advanceDate: "Date des acomptes",
  balanceDate: "Date des soldes",
  weight: "Poids",
  met: "Atteint",
  statedTotal: "Coût total déclaré",
  lines: "Lignes",
  type: "Type de ligne",
  parameter: "Paramètre",
  from: "Date d'effet",
  value: "Valeur",
};

/** How an item of a list is named: the field holding its name, then its kind (« agent 2 »). */
const ITEMS: Readonly<Record<string, { names: readonly string[]; kind: string }>> = {
  managers: { names: ["name", "id"], kind: "gestionnaire" },
  structures: { names: ["name", "id"], kind: "structure" },
  agents: { names: ["name"], kind: "agent" },
  resources: { names: ["label"], kind: "ressource" },
  objectives: { names: ["label"], kind: "objectif" },
  lines: { names: ["label"], kind: "ligne" },
};

const SEPARATOR = " › ";

/** `managers[0].structures[1].fte` → `["managers", 0, "structures", 1, "fte"]`. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) out.push(part.startsWith("[") ? Number(part.slice(1, -1)) : part);
  return out;
}

function own(o: unknown, key: string | number): unknown {
  return o !== null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, key)
    ? (o as Record<string | number, unknown>)[key]
    : undefined;
}

/** A name as typed, on one line and within reason; undefined when there is none. */
function nameOf(item: unknown, fields: readonly string[]): string | undefined {
  for (const f of fields) {
    const v = own(item, f);
    if (typeof v !== "string") continue;
    const oneLine = v.replace(/\s+/g, " ").trim();
    if (oneLine) return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
  }
  return undefined;
}

/** The label of a field, or its key when unknown (own keys only: a path may come from any file). */
function fieldLabel(key: string): string {
  const label = own(SCENARIO_FIELD_LABELS, key);
  return typeof label === "string" ? label : key;
}

function parameterLabel(name: string): string {
  const p = PARAMETERS.find((x) => x.name === name);
  return p ? `${p.label} (${name})` : name;
}

/**
 * The names along a scenario path, joined by « › ». `scenario` is the data the path was
 * reported on (it may be invalid: anything that is not a usable name is replaced by the kind
 * and rank). An empty path is the whole scenario.
 *
 * @example describePath("managers[0].structures[0].agents[1]", scenario) // « Communauté de communes B › France Services B1 › agent 2 »
 */
export function describePath(path: string | readonly (string | number)[], scenario: unknown): string {
  const segments = typeof path === "string" ? parsePath(path) : path;
  if (segments.length === 0) return "Scénario";
  if (segments[0] === "parameters" && segments.length > 1) {
    // A parameter's name holds dots (`departement.taux`); its dated values are numbered.
    const end = segments.findIndex((s) => typeof s === "number");
    const name = segments.slice(1, end < 0 ? undefined : end).join(".");
    const rest = end < 0 ? [] : segments.slice(end).map((s) => (typeof s === "number" ? `valeur datée ${s + 1}` : fieldLabel(s)));
    return [SCENARIO_FIELD_LABELS.parameters, parameterLabel(name), ...rest].join(SEPARATOR);
  }
  const names: string[] = [];
  let node: unknown = scenario;
  let list: string | undefined;
  for (const s of segments) {
    const child = own(node, s);
    if (typeof s === "number") {
      const item = list ? (own(ITEMS, list) as (typeof ITEMS)[string] | undefined) : undefined;
      names.pop(); // the list's own name (« Agents ») gives way to its item's
      names.push(item ? (nameOf(child, item.names) ?? `${item.kind} ${s + 1}`) : `${list ? fieldLabel(list) : "élément"} ${s + 1}`);
    } else {
      names.push(fieldLabel(s));
    }
    list = typeof s === "string" ? s : undefined;
    node = child;
  }
  return names.join(SEPARATOR);
}
