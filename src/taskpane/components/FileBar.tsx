import { CommandBar, type ICommandBarItemProps } from "@fluentui/react/lib/CommandBar";
import { useRef } from "react";
import { formatCsv, type ComputeOutcome, type ScenarioInput } from "../../../calc";
import type { XlsxExport } from "../hooks/useXlsxExport";
import { splitOverrides, type Overrides } from "../state/persist";
import { readScenarioFile } from "../state/scenarioFile";
import type { Ask } from "./ConfirmDialog";
import { ScenarioFileInput } from "./ScenarioFileInput";

/** Offers a file to the user (a download): text, or the bytes of a binary file. */
export function download(name: string, type: string, content: BlobPart): void {
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
  /** « Exporter en .xlsx »: the whole convention's workbook. */
  xlsx: XlsxExport;
  ask: Ask;
  onImport: (scenario: ScenarioInput, overrides: Overrides) => void;
  onReset: () => void;
  onError: (text: string) => void;
}

const XLSX_TITLE = "Le classeur de toute la convention, chaque montant en formule Excel, lisible sans le complément (Excel, LibreOffice)";

/** The scenario file (JSON) in and out, the results as CSV and the convention's workbook (.xlsx): a command bar at the top of the pane. */
export function FileBar({ scenario, outcome, xlsx, ask, onImport, onReset, onError }: FileBarProps) {
  const input = useRef<HTMLInputElement>(null);

  const readFile = async (file: File) => {
    const read = await readScenarioFile(file);
    if (!read.ok) return onError(read.text);
    const data = read.data;
    if (
      await ask({
        title: "Importer ce scénario ?",
        text: `« ${file.name} » remplacera le scénario du volet. Exportez d'abord celui-ci pour le garder.`,
        confirmText: "Importer",
      })
    ) {
      const { scenario: s, overrides } = splitOverrides(data);
      onImport(s, overrides);
    }
  };

  const items: ICommandBarItemProps[] = [
    {
      key: "import",
      text: "Importer",
      title: "Importer un scénario (JSON)",
      iconProps: { iconName: "Upload" },
      onClick: () => input.current?.click(),
    },
    {
      key: "export",
      text: "Exporter",
      iconProps: { iconName: "Download" },
      subMenuProps: {
        items: [
          {
            key: "json",
            text: "Exporter le scénario (JSON)",
            onClick: () => download("scenario-france-services.json", "application/json", JSON.stringify(scenario, null, 2) + "\n"),
          },
          {
            key: "csv",
            text: "Exporter les résultats (CSV)",
            disabled: !outcome.ok,
            onClick: () =>
              outcome.ok &&
              download(`resultats-france-services-${outcome.result.year}.csv`, "text/csv;charset=utf-8", formatCsv(outcome.result)),
          },
          {
            key: "xlsx",
            text: "Exporter en .xlsx",
            title: xlsx.unavailable ?? XLSX_TITLE,
            ariaDescription: xlsx.unavailable ?? XLSX_TITLE,
            disabled: xlsx.unavailable !== undefined || xlsx.preparing !== null,
            onClick: xlsx.exportConvention,
          },
        ],
      },
    },
    {
      key: "reset",
      text: "Revenir à l'exemple",
      iconProps: { iconName: "Undo" },
      onClick: () => {
        void ask({
          title: "Revenir à l'exemple ?",
          text: "Le scénario du volet et ses paramètres remplacés seront remplacés par l'exemple illustratif.",
          confirmText: "Revenir à l'exemple",
        }).then((ok) => ok && onReset());
      },
    },
  ];

  return (
    <nav className="files" aria-label="Fichiers">
      <CommandBar items={items} ariaLabel="Fichiers : importer, exporter" overflowButtonProps={{ ariaLabel: "Autres commandes" }} />
      <ScenarioFileInput
        ref={input}
        label="Fichier de scénario à importer"
        onFile={(file) => void readFile(file).catch((err) => onError(`Import impossible : ${(err as Error).message}`))}
      />
    </nav>
  );
}
