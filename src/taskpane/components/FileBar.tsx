import { DefaultButton } from "@fluentui/react/lib/Button";
import { useRef } from "react";
import { LIMITS, validateScenario, type ComputeOutcome, type ScenarioInput } from "../../../calc";
import { formatCsv } from "../../../calc";
import { splitOverrides, type Overrides } from "../state/persist";

/** Offers a file to the user (a download). */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface FileBarProps {
  /** The scenario with its overrides, as exported. */
  scenario: ScenarioInput;
  outcome: ComputeOutcome;
  ask: (q: { title: string; text: string; confirmText: string }) => Promise<boolean>;
  onImport: (scenario: ScenarioInput, overrides: Overrides) => void;
  onReset: () => void;
  onError: (text: string) => void;
}

/** The scenario file (JSON) in and out, and the results as CSV for a spreadsheet. */
export function FileBar({ scenario, outcome, ask, onImport, onReset, onError }: FileBarProps) {
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File) => {
    if (file.size > LIMITS.fileBytes) return onError(`Fichier trop volumineux (${file.size} octets ; ${LIMITS.fileBytes} au plus).`);
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (e) {
      return onError(`« ${file.name} » n'est pas un fichier JSON valide : ${(e as Error).message}. Le scénario actuel est conservé.`);
    }
    const v = validateScenario(data);
    if (!v.ok) {
      const list = v.issues
        .slice(0, 10)
        .map((i) => `${i.path || "(scénario)"} : ${i.message}`)
        .join(" ; ");
      return onError(
        `« ${file.name} » n'est pas un scénario valide (${v.issues.length} erreur${v.issues.length > 1 ? "s" : ""}) : ${list}${v.issues.length > 10 ? " ; …" : ""}. Le scénario actuel est conservé.`,
      );
    }
    if (
      await ask({
        title: "Importer ce scénario ?",
        text: `« ${file.name} » remplacera le scénario du volet. Exportez d'abord celui-ci pour le garder.`,
        confirmText: "Importer",
      })
    ) {
      const { scenario: s, overrides } = splitOverrides(data as ScenarioInput);
      onImport(s, overrides);
    }
  };

  return (
    <section className="files" aria-labelledby="fichiers-titre">
      <h2 id="fichiers-titre">Fichiers</h2>
      <div className="buttons">
        <DefaultButton text="Importer un scénario (JSON)" onClick={() => input.current?.click()} />
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Fichier de scénario à importer"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void read(file).catch((err) => onError(`Import impossible : ${(err as Error).message}`));
          }}
        />
        <DefaultButton
          text="Exporter le scénario (JSON)"
          onClick={() => download("scenario-france-services.json", "application/json", JSON.stringify(scenario, null, 2) + "\n")}
        />
        <DefaultButton
          text="Exporter les résultats (CSV)"
          disabled={!outcome.ok}
          onClick={() =>
            outcome.ok &&
            download(`resultats-france-services-${outcome.result.year}.csv`, "text/csv;charset=utf-8", formatCsv(outcome.result))
          }
        />
        <DefaultButton
          text="Revenir à l'exemple"
          onClick={async () => {
            if (
              await ask({
                title: "Revenir à l'exemple ?",
                text: "Le scénario du volet et ses paramètres remplacés seront remplacés par l'exemple illustratif.",
                confirmText: "Revenir à l'exemple",
              })
            )
              onReset();
          }}
        />
      </div>
    </section>
  );
}
