import { groupedNumber, parameterValue } from "../../src/taskpane/format";

const N = "\u202f"; // the narrow no-break space French uses between groups of digits

test("numbers are grouped by three, the decimal comma kept as written", () => {
  expect(groupedNumber("5623.23")).toBe(`5${N}623,23`);
  expect(groupedNumber("1234567")).toBe(`1${N}234${N}567`);
  expect(groupedNumber("352")).toBe("352");
  expect(groupedNumber("0.12345")).toBe("0,12345");
});

test("a parameter's value carries its unit", () => {
  expect(parameterValue("5623.23", "EUR/point/an")).toBe(`5${N}623,23 €`);
  expect(parameterValue("409045", "EUR")).toBe(`409${N}045,00 €`);
  expect(parameterValue("0.0345", "taux")).toBe("3,45 %");
  expect(parameterValue("0.8", "taux")).toBe("80 %");
  expect(parameterValue("2", "agents")).toBe("2 agents");
  expect(parameterValue("1100", "indice")).toBe(`1${N}100`);
});
