import { locate, readInput, type InputTables } from "../../src/taskpane/workbook/readInput";

/** Tables as Excel returns them: a header row and raw values (numbers, text, "" for blank). */
function tables(): InputTables {
  return {
    FS_Convention: {
      sheet: "Convention",
      headerRow: 4,
      firstColumn: 0,
      headers: ["Paramètre", "Valeur"],
      rows: [["Année de la convention", 2022]],
    },
    FS_Gestionnaires: {
      sheet: "Gestionnaires",
      headerRow: 4,
      firstColumn: 0,
      headers: ["Identifiant", "Nom", "Type", "Mutualisation"],
      rows: [["m1", "CC A", "EPCI", ""]],
    },
    // Columns moved by the user, the table starting in column B.
    FS_Structures: {
      sheet: "Structures",
      headerRow: 2,
      firstColumn: 1,
      headers: ["Nom", "Identifiant", "Gestionnaire (identifiant)"],
      rows: [
        ["Maison A", "s1", "m1"],
        ["", "", ""],
        ["Maison B", "s2", "m1"],
      ],
    },
    FS_Agents: {
      sheet: "Agents",
      headerRow: 4,
      firstColumn: 0,
      headers: ["Structure (identifiant)", "Nom", "Coût chargé annuel", "Quotité (ETP)"],
      rows: [
        ["s2", "=A", 40000, 1],
        ["s2", "B", 38000, "0,5"],
      ],
    },
  };
}

test("a field maps to its cell, wherever its column stands", () => {
  const { scenario, sources, issues } = readInput(tables());
  // Columns the user removed are named, on the header row; missing convention rows read as blank,
  // and so do the columns added since (managers' dates, resources' nature…): these tables predate them.
  expect(issues).toHaveLength(12);
  expect(issues[0]).toMatchObject({
    message: "colonne « Type » introuvable dans le tableau FS_Structures : rétablissez-la ou recréez les tableaux de saisie",
    address: "Structures!B2:D2",
  });
  expect(issues[11].message).toMatch(/^colonne « Affectation France Services » introuvable dans le tableau FS_Agents/);
  // The blank row is skipped: s2 is the second structure, read on row 5.
  expect(scenario.managers[0].structures.map((s) => s.id)).toEqual(["s1", "s2"]);
  expect(scenario.managers[0].structures[1].agents).toEqual([
    { name: "=A", loadedCost: 40000, fte: 1 },
    { name: "B", loadedCost: 38000, fte: "0.5" },
  ]);
  expect(locate("managers[0].structures[1].name", sources)).toEqual({ sheet: "Structures", address: "Structures!B5", column: "Nom" });
  expect(locate("managers[0].structures[1].agents[1].fte", sources)).toEqual({
    sheet: "Agents",
    address: "Agents!D6",
    column: "Quotité (ETP)",
  });
  expect(locate("managers[0].structures[1].agents[1]", sources)).toEqual({ sheet: "Agents", address: "Agents!A6:D6" });
  expect(locate("managers[0].structures[1].agents[1].indiceMajore", sources)).toEqual({ sheet: "Agents", address: "Agents!A6:D6" });
  expect(locate("year", sources)).toEqual({ sheet: "Convention", address: "Convention!B5" });
  expect(locate("managers", sources)).toEqual({ sheet: "Gestionnaires", address: "Gestionnaires!A4:D4" });
  expect(locate("parameters.forfait.total", sources)).toBeUndefined();
});
