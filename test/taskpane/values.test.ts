import { excelNumber, readCell } from "../../src/taskpane/workbook/values";

describe("cells read as Excel shows them (15 significant digits)", () => {
  test("a formula's binary noise is not a fraction of a cent: =3*1,1 reads 3,3, =0,1+0,2 reads 0,3", () => {
    expect(1.1 * 3).toBe(3.3000000000000003);
    expect(readCell(1.1 * 3, "money")).toBe(3.3);
    expect(readCell(0.1 + 0.2, "rate")).toBe(0.3);
  });

  test("a real fraction of a cent stays one (validation then refuses it, naming the cell)", () => {
    expect(readCell(409044.995, "money")).toBe(409044.995);
    expect(readCell(352, "integer")).toBe(352);
  });

  test("text cells in French notation are read as before", () => {
    expect(readCell("1 234,56 €", "money")).toBe("1234.56");
    expect(excelNumber(Number.NaN)).toBeNaN();
  });
});
