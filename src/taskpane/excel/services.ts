/// <reference types="office-js" />
import type { ScenarioInput } from "../../../calc";
import type { KeyValueStore, Overrides } from "../state/persist";
import { excelPort, type Run } from "../workbook/excelPort";
import { computeAndWrite, createInputTables, readConvention, writeSimulation, type Progress } from "../workbook/operations";
import type { Confirm } from "../workbook/safeWrite";

/**
 * Everything the pane does with Excel, loaded only inside Excel (a separate chunk: the
 * standalone pane never downloads it).
 */
export function excelServices(run: Run = (batch) => Excel.run(batch)) {
  const port = excelPort(run);
  const store: KeyValueStore = { load: port.loadSetting, save: port.saveSetting };
  return {
    store,
    createInputTables: (scenario: ScenarioInput, confirm: Confirm, progress?: Progress) =>
      createInputTables(port, scenario, confirm, progress),
    readConvention: (overrides: Overrides) => readConvention(port, overrides),
    computeAndWrite: (overrides: Overrides, confirm: Confirm, progress?: Progress) => computeAndWrite(port, overrides, confirm, progress),
    writeSimulation: (scenario: ScenarioInput, overrides: Overrides, managerIndex: number, confirm: Confirm) =>
      writeSimulation(port, scenario, overrides, managerIndex, confirm),
    select: (address: string) => port.select(address),
  };
}

export type ExcelServices = ReturnType<typeof excelServices>;
