import type { ConventionResult, ScenarioInput } from "../../calc";

/**
 * The .xlsx file of the convention, or of one of its managers, written by the library
 * (calc/report/workbook). The writer and ExcelJS are fetched on the first export, as chunks of
 * their own from the add-in's origin (the pages' policy allows scripts from 'self' only): the
 * pane opens without them. Both are asked for at once, so ExcelJS does not wait for the writer.
 */
export async function workbookBytes(
  result: ConventionResult,
  scenario: ScenarioInput,
  managerId?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const [writer] = await Promise.all([
    import(/* webpackChunkName: "taskpane.xlsx.chunk" */ "../../calc/report/workbook"),
    import(/* webpackChunkName: "taskpane.exceljs.chunk" */ "exceljs"),
  ]);
  return managerId === undefined ? writer.toWorkbook(result, scenario) : writer.toManagerWorkbook(result, scenario, managerId);
}

/** The media type of an .xlsx file. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
