import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dropdown } from "@fluentui/react/lib/Dropdown";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { dec, formatPath, GRANTS, STRUCTURE_KINDS, type ComputeOutcome, type ScenarioInput } from "../../../calc";
import { euros, percent } from "../format";
import { append, getIn, removeAt, setIn } from "../state/edit";
import { Choice, NumberField, TextInput, type IssueMap } from "./fields";
import { MoneyChart } from "./MoneyChart";

type Path = readonly (string | number)[];
type Agent = NonNullable<ScenarioInput["managers"][number]["structures"][number]["agents"]>[number];

export const KIND_LABELS: Record<string, string> = { fixe: "Fixe", itinerante: "Itinérante (bus)", laposte: "Hébergée par La Poste" };
const KINDS = STRUCTURE_KINDS.map((k) => ({ key: k, text: KIND_LABELS[k] }));
const STATUSES = [
  { key: "titulaire", text: "Titulaire (CNRACL)" },
  { key: "contractuel", text: "Contractuel (IRCANTEC)" },
];
const GRANT_LABELS: Record<string, string> = {
  bus_banque_territoires: "Banque des Territoires : nouveau bus",
  conseiller_numerique_annee1: "Conseiller numérique : 1re année",
  conseiller_numerique_annees2_3: "Conseiller numérique : 2e et 3e années",
};
const COST_WAYS = [
  { key: "indiceMajore", text: "Indice majoré" },
  { key: "loadedCost", text: "Coût chargé annuel" },
  { key: "grossSalary", text: "Brut annuel" },
] as const;
type CostWay = (typeof COST_WAYS)[number]["key"];

function costWay(a: Agent): CostWay {
  if (a.loadedCost !== undefined) return "loadedCost";
  if (a.grossSalary !== undefined) return "grossSalary";
  return "indiceMajore";
}

export interface SimulateProps {
  scenario: ScenarioInput;
  outcome: ComputeOutcome;
  issues: IssueMap;
  managerIndex: number;
  onManagerIndex: (i: number) => void;
  onChange: (s: ScenarioInput) => void;
  /** Present in Excel: writes the simulation sheet. */
  onWrite?: () => void;
  busy: boolean;
}

/** The manager's simulation: its structures and agents in a form, and what they cost and receive. */
export function SimulatePanel({ scenario, outcome, issues, managerIndex, onManagerIndex, onChange, onWrite, busy }: SimulateProps) {
  const m = scenario.managers[managerIndex];
  const set = (path: Path, value: unknown) => onChange(setIn(scenario, path, value));
  const base: Path = ["managers", managerIndex];
  const result = outcome.ok ? outcome.result : undefined;
  const mr = result?.managers[managerIndex];
  const structures = result?.structures.filter((s) => s.path.startsWith(`managers[${managerIndex}].`)) ?? [];
  const warnings = result?.warnings.filter((w) => w.path.startsWith(`managers[${managerIndex}]`)) ?? [];
  const field = { issues, onChange: set };

  return (
    <section aria-labelledby="simuler-titre">
      <h2 id="simuler-titre">Simuler un gestionnaire</h2>
      <Dropdown
        label="Gestionnaire"
        selectedKey={managerIndex}
        options={scenario.managers.map((x, i) => ({ key: i, text: x.name || x.id || `Gestionnaire ${i + 1}` }))}
        onChange={(_, o) => o && onManagerIndex(Number(o.key))}
      />
      <NumberField label="Année de la convention" path={["year"]} value={scenario.year} integer {...field} />

      {mr ? (
        <div className="results" aria-live="polite">
          <h3>Résultats {result?.year}</h3>
          <dl className="figures">
            <Figure label="Masse salariale" value={mr.payroll} id="fig-masse" />
            <Figure label="Forfait de l'État" value={mr.forfait} />
            <Figure label="Autres ressources" value={mr.otherResources} />
            <Figure label="Part du Département demandée" value={mr.requested} />
            <Figure label="Part attribuée (sous l'enveloppe)" value={mr.allocated} id="fig-attribue" />
            <Figure label={`Acompte à la signature (${percent(result!.rules.advanceRate)})`} value={mr.advance} />
            <Figure label="Attribution finale (évaluation)" value={mr.final} />
            <Figure
              label={dec(mr.balance).isNegative() ? "Reversement à la charge du gestionnaire" : "Solde à verser"}
              value={mr.balance}
            />
            <Figure label="Autres charges" value={mr.otherCosts} />
            <Figure label="Reste à charge prévisionnel" value={mr.remainingCost} id="fig-reste" />
          </dl>
          <MoneyChart
            title="D'où vient l'argent"
            lines={[
              ...structures.map((s) => ({
                label: s.name,
                forfait: s.forfait,
                otherResources: s.otherResources,
                share: s.allocated,
                remainingCost: s.remainingCost,
              })),
              {
                label: `Total ${mr.name}`,
                forfait: mr.forfait,
                otherResources: mr.otherResources,
                share: mr.allocated,
                remainingCost: mr.remainingCost,
              },
            ]}
          />
          {warnings.length ? (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              <ul className="issues">
                {warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </MessageBar>
          ) : null}
        </div>
      ) : (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          Le calcul attend des corrections : voyez les champs signalés ci-dessous
          {outcome.ok ? "" : ` (${outcome.issues.length} problème${outcome.issues.length > 1 ? "s" : ""})`}.
        </MessageBar>
      )}

      {onWrite ? (
        <PrimaryButton
          className="action"
          text="Écrire dans le classeur"
          onClick={onWrite}
          disabled={busy || !outcome.ok}
          title="Crée une feuille dont les montants sont des formules FS.*, recalculées par Excel"
        />
      ) : null}

      <h3>Gestionnaire</h3>
      <TextInput label="Nom du gestionnaire" path={[...base, "name"]} value={m.name} {...field} />

      {(m.structures ?? []).map((st, si) => {
        const sp: Path = [...base, "structures", si];
        return (
          <details key={si} className="structure" open={si === 0}>
            <summary>
              <h3>{st.name || `Structure ${si + 1}`}</h3>
            </summary>
            <TextInput label="Nom de la structure" path={[...sp, "name"]} value={st.name} {...field} />
            <Choice label="Type" path={[...sp, "kind"]} value={st.kind ?? "fixe"} options={KINDS} {...field} />
            <TextInput
              label="Labellisée depuis"
              type="date"
              path={[...sp, "labelledSince"]}
              value={st.labelledSince ?? undefined}
              description="Vide : structure non labellisée (pas de forfait)."
              {...field}
            />
            <NumberField
              label="Mois d'ouverture dans l'année"
              path={[...sp, "monthsOpen"]}
              value={st.monthsOpen}
              placeholder="12"
              description="De 0 à 12 ; vide : 12."
              {...field}
            />
            <NumberField
              label="Autres charges (locaux, informatique, déplacements)"
              suffix="€"
              path={[...sp, "otherCosts"]}
              value={st.otherCosts}
              {...field}
            />
            <NumberField
              label="Masse salariale réalisée (évaluation)"
              suffix="€"
              path={[...sp, "actualPayroll"]}
              value={st.actualPayroll}
              description="Vide : la masse salariale prévue."
              {...field}
            />

            <h4>Autres ressources</h4>
            {(st.resources ?? []).map((r, ri) => {
              const rp: Path = [...sp, "resources", ri];
              return (
                <fieldset key={ri} className="item">
                  <legend>{r.label || `Ressource ${ri + 1}`}</legend>
                  <TextInput label="Libellé" path={[...rp, "label"]} value={r.label} {...field} />
                  {r.grant ? (
                    <Choice
                      label="Subvention paramétrée"
                      path={[...rp, "grant"]}
                      value={r.grant}
                      options={GRANTS.map((g) => ({ key: g, text: GRANT_LABELS[g] }))}
                      {...field}
                    />
                  ) : (
                    <NumberField label="Montant" suffix="€" path={[...rp, "amount"]} value={r.amount} {...field} />
                  )}
                  <p className="error-text">{issues.get(formatPath(rp))}</p>
                  <DefaultButton
                    text="Retirer la ressource"
                    ariaLabel={`Retirer la ressource ${r.label ?? ri + 1}`}
                    onClick={() => onChange(removeAt(scenario, [...sp, "resources"], ri))}
                  />
                </fieldset>
              );
            })}
            <DefaultButton
              text="Ajouter une ressource"
              onClick={() => onChange(append(scenario, [...sp, "resources"], { label: "Contribution", amount: "0" }))}
            />

            <h4>Agents</h4>
            {(st.agents ?? []).map((a, ai) => {
              const ap: Path = [...sp, "agents", ai];
              const way = costWay(a);
              return (
                <fieldset key={ai} className="item">
                  <legend>{a.name || `Agent ${ai + 1}`}</legend>
                  <TextInput label="Nom" path={[...ap, "name"]} value={a.name} {...field} />
                  <Choice label="Statut" path={[...ap, "status"]} value={a.status} options={STATUSES} allowEmpty="Non précisé" {...field} />
                  <Dropdown
                    label="Coût donné par"
                    selectedKey={way}
                    options={COST_WAYS.map((w) => ({ key: w.key, text: w.text }))}
                    onChange={(_, o) => {
                      if (!o || o.key === way) return;
                      const next = { ...(getIn(scenario, ap) as Agent) };
                      delete next.indiceMajore;
                      delete next.loadedCost;
                      delete next.grossSalary;
                      delete next.employerRate;
                      onChange(setIn(scenario, ap, next));
                    }}
                  />
                  {way === "indiceMajore" ? (
                    <NumberField label="Indice majoré" integer path={[...ap, "indiceMajore"]} value={a.indiceMajore} {...field} />
                  ) : null}
                  {way === "loadedCost" ? (
                    <NumberField
                      label="Coût chargé annuel (temps plein)"
                      suffix="€"
                      path={[...ap, "loadedCost"]}
                      value={a.loadedCost}
                      {...field}
                    />
                  ) : null}
                  {way === "grossSalary" ? (
                    <NumberField
                      label="Brut annuel (temps plein)"
                      suffix="€"
                      path={[...ap, "grossSalary"]}
                      value={a.grossSalary}
                      {...field}
                    />
                  ) : null}
                  {way === "grossSalary" ? (
                    <NumberField
                      label="Taux de charges (vide : selon le statut)"
                      path={[...ap, "employerRate"]}
                      value={a.employerRate}
                      description="Une fraction : 0,45 pour 45 %."
                      {...field}
                    />
                  ) : null}
                  <NumberField
                    label="Quotité (ETP)"
                    path={[...ap, "fte"]}
                    value={a.fte}
                    placeholder="1"
                    description="De 0 à 1 ; un mi-temps s'écrit 0,5."
                    {...field}
                  />
                  <NumberField
                    label="Mois de présence"
                    path={[...ap, "months"]}
                    value={a.months}
                    placeholder="12"
                    description="De 0 à 12 ; vide : 12."
                    {...field}
                  />
                  <NumberField
                    label="Affectation à France Services"
                    path={[...ap, "assignment"]}
                    value={a.assignment}
                    placeholder="1"
                    description="Part du temps : 1 = tout le temps (vide : 1)."
                    {...field}
                  />
                  <p className="error-text">{issues.get(formatPath(ap))}</p>
                  <DefaultButton
                    text="Retirer l'agent"
                    ariaLabel={`Retirer l'agent ${a.name ?? ai + 1}`}
                    onClick={() => onChange(removeAt(scenario, [...sp, "agents"], ai))}
                  />
                </fieldset>
              );
            })}
            <DefaultButton
              text="Ajouter un agent"
              onClick={() =>
                onChange(
                  append(scenario, [...sp, "agents"], { name: `Agent ${(st.agents?.length ?? 0) + 1}`, loadedCost: "40000", fte: "1" }),
                )
              }
            />
            <div className="spacer" />
            <DefaultButton
              text="Retirer la structure"
              ariaLabel={`Retirer la structure ${st.name}`}
              onClick={() => onChange(removeAt(scenario, [...base, "structures"], si))}
            />
          </details>
        );
      })}
      <DefaultButton
        className="action"
        text="Ajouter une structure"
        onClick={() =>
          onChange(
            append(scenario, [...base, "structures"], {
              id: `${m.id}-s${(m.structures?.length ?? 0) + 1}`,
              name: `Nouvelle structure ${(m.structures?.length ?? 0) + 1}`,
              kind: "fixe",
              labelledSince: `${scenario.year}-01-01`,
              agents: [],
            }),
          )
        }
      />
    </section>
  );
}

function Figure({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd id={id} className={dec(value).isNegative() ? "negative" : undefined}>
        {euros(value)}
      </dd>
    </div>
  );
}
