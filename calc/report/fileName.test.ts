import { safeFileNamePart, workbookFileName } from "./fileName";

describe("safeFileNamePart: a person's text made a safe part of a file name", () => {
  test.each([
    ["Communauté de communes B (illustratif)", "Communauté-de-communes-B-(illustratif)"],
    ["../../etc/passwd", "etc-passwd"],
    ["C:\\Windows\\system32", "C-Windows-system32"],
    ['a<b>c:d"e|f?g*h', "a-b-c-d-e-f-g-h"],
    ["ligne\nsuivante\ttab\u0000nul\u001b[31m", "ligne-suivante-tab-nul-[31m"],
    // A right-to-left override would show « xslx.exe » as « exe.xlsx ».
    ["facture\u202egpj.exe", "facture-gpj.exe"],
    ["  ..caché..  ", "caché"],
    ["PETR 🌲 Déodatie", "PETR-🌲-Déodatie"],
    ["e\u0301té", "été"],
  ])("%j → %s", (text, expected) => {
    expect(safeFileNamePart(text, "repli")).toBe(expected);
  });

  test.each(["", "   ", "../..", "\u202e\u0000", "CON", "lpt1", "/"])("%j has nothing usable: the fallback", (text) => {
    expect(safeFileNamePart(text, "repli")).toBe("repli");
  });

  test("at most 100 characters, an emoji never cut in half", () => {
    expect(safeFileNamePart("é".repeat(150), "x")).toBe("é".repeat(100));
    const cut = safeFileNamePart("a".repeat(99) + "🌲🌲", "x");
    expect(cut).toBe("a".repeat(99) + "🌲");
  });
});

test("workbookFileName: the convention's and a manager's, by name, else by id", () => {
  expect(workbookFileName(2022)).toBe("convention-france-services-2022.xlsx");
  expect(workbookFileName(2022, { id: "cc-b", name: "CC B / Vôge" })).toBe("france-services-2022-CC-B-Vôge.xlsx");
  expect(workbookFileName(2023, { id: "cc-b", name: "\u0000/" })).toBe("france-services-2023-cc-b.xlsx");
  expect(workbookFileName(2023, { id: "..", name: "" })).toBe("france-services-2023-gestionnaire.xlsx");
});
