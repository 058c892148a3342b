import { DefaultButton } from "@fluentui/react/lib/Button";
import { Dropdown } from "@fluentui/react/lib/Dropdown";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useRef, useState } from "react";
import { describePath, FINAL_RULE_TERMS, labelOf, SHARE_READING_TERMS, type ComputeOutcome, type ScenarioInput } from "../../../calc";
import type { Against, ComparisonState } from "../hooks/useComparison";
import { readScenarioFile } from "../state/scenarioFile";
import { CompareResults } from "./CompareResults";
import { NumberField } from "./fields";
import { ParameterNotice } from "./ParameterNotice";
import { ScenarioFileInput } from "./ScenarioFileInput";

type Mode = Against["kind"];
const NO_ISSUES = new Map<string, string>();

export interface CompareProps {
  /** The pane's scenario with its overrides, and what it computes to: the « avant » side. */
  input: ScenarioInput;
  outcome: ComputeOutcome;
  state: ComparisonState;
}

/** « Comparer »: the pane's scenario against an imported file, or against itself under another year, rule, reading or rate. */
export function ComparePanel({ input, outcome, state }: CompareProps) {
  const { against, setAgainst, variantInput, variant, comparison } = state;
  const [mode, setMode] = useState<Mode | null>(against?.kind ?? null);
  const [fileError, setFileError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const rules = (input.rules ?? {}) as { finalPayment?: string; shareBase?: string; rate?: unknown };
  const otherRule = (rules.finalPayment ?? "plafonne") === "plafonne" ? "redistribue" : "plafonne";
  const otherReading = (rules.shareBase ?? "masse_moins_forfait") === "masse_moins_forfait" ? "part_moins_forfait" : "masse_moins_forfait";
  const options = [
    { key: "fichier", text: "Un scénario importé (fichier JSON)" },
    { key: "annee", text: "Le même scénario, une autre année" },
    { key: "regle", text: `Le même scénario, montant final « ${labelOf(FINAL_RULE_TERMS, otherRule, true)} »` },
    { key: "lecture", text: `Le même scénario, lecture « ${labelOf(SHARE_READING_TERMS, otherReading, true)} »` },
    { key: "taux", text: "Le même scénario, un autre taux du Département" },
  ];
  const choose = (m: Mode) => {
    setMode(m);
    setFileError(null);
    if (m === "annee") setAgainst({ kind: "annee", year: input.year + 1 });
    else if (m === "regle" || m === "lecture") setAgainst({ kind: m });
    else if (m === "taux") setAgainst({ kind: "taux", rate: "0.75" });
    else setAgainst(null);
  };
  const readFile = async (f: File) => {
    const read = await readScenarioFile(f, "La comparaison en cours est conservée.");
    if (!read.ok) return setFileError(read.text);
    setFileError(null);
    setAgainst({ kind: "fichier", name: f.name, scenario: read.data });
  };
  const uses = [...(outcome.ok ? outcome.result.parametersUsed : []), ...(variant?.ok ? variant.result.parametersUsed : [])];

  return (
    <section aria-labelledby="comparer-titre">
      <h2 id="comparer-titre">Comparer deux scénarios</h2>
      <ParameterNotice uses={uses} />
      <p className="hint">« Avant » : le scénario du volet. « Après » : celui choisi ici. Chaque écart est après − avant, au centime.</p>
      <Dropdown
        label="Comparer le scénario du volet avec"
        placeholder="Choisissez"
        selectedKey={mode}
        options={options}
        onChange={(_, o) => o && choose(o.key as Mode)}
      />
      {mode === "fichier" ? (
        <>
          <DefaultButton className="action" text="Choisir un fichier de scénario…" onClick={() => file.current?.click()} />
          <ScenarioFileInput
            ref={file}
            label="Fichier de scénario à comparer"
            onFile={(f) => void readFile(f).catch((err) => setFileError(`Lecture impossible : ${(err as Error).message}`))}
          />
          {against?.kind === "fichier" ? <p className="hint">Comparé avec « {against.name} ».</p> : null}
        </>
      ) : null}
      {against?.kind === "annee" ? (
        <NumberField
          label="Année comparée"
          path={["compare", "year"]}
          value={against.year}
          integer
          issues={NO_ISSUES}
          onChange={(_, v) => setAgainst({ kind: "annee", year: v })}
        />
      ) : null}
      {against?.kind === "taux" ? (
        <NumberField
          label="Taux comparé (une fraction : 0,75 pour 75 %)"
          path={["compare", "rate"]}
          value={against.rate}
          issues={NO_ISSUES}
          onChange={(_, v) => setAgainst({ kind: "taux", rate: v })}
        />
      ) : null}
      {fileError ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {fileError}
        </MessageBar>
      ) : null}
      {!outcome.ok ? (
        <MessageBar messageBarType={MessageBarType.error}>Le scénario du volet ne peut pas être calculé : corrigez-le d'abord.</MessageBar>
      ) : null}
      {variant && !variant.ok ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          Le scénario comparé ne peut pas être calculé :{" "}
          {variant.issues.map((i) => `${describePath(i.path, variantInput)} : ${i.message}`).join(" ; ")}
        </MessageBar>
      ) : null}
      {comparison ? <CompareResults comparison={comparison} /> : null}
    </section>
  );
}
