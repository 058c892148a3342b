import { conventionFileName, managerFileName, slug } from "./fileName";

describe("slug: a person's text made a safe part of a file name", () => {
  test.each([
    ["Communauté de communes B (illustratif)", "communaute-de-communes-b-illustratif"],
    ["../../etc/passwd", "etc-passwd"],
    ["C:\\Windows\\system32", "c-windows-system32"],
    ['a<b>c:d"e|f?g*h', "a-b-c-d-e-f-g-h"],
    ["ligne\nsuivante\ttab\u0000nul\u001b[31m", "ligne-suivante-tab-nul-31m"],
    // A right-to-left override would show « gpj.exe » reversed.
    ["facture\u202egpj.exe", "facture-gpj-exe"],
    ["Cœur des Vosges, PETR 🌲", "coeur-des-vosges-petr"],
    ["e\u0301té", "ete"],
  ])("%j → %s", (text, expected) => {
    expect(slug(text, 60)).toBe(expected);
  });

  test.each(["", "   ", "../..", "\u202e\u0000", "/", "🌲"])("%j leaves nothing", (text) => {
    expect(slug(text, 60)).toBe("");
  });
});

test("a manager's file: its name's slug, then its identifier; capitals get a fingerprint of the exact spelling", () => {
  expect(managerFileName({ id: "cc-b", name: "CC B / Vôge" })).toBe("cc-b-voge_cc-b.xlsx");
  expect(managerFileName({ id: "x", name: "\u0000/" })).toBe("gestionnaire_x.xlsx");
  const upper = managerFileName({ id: "CC-B", name: "CC B" });
  expect(upper).toMatch(/^cc-b_cc-b_[0-9a-f]{8}\.xlsx$/);
  // The same in every run, and another for another spelling.
  expect(managerFileName({ id: "CC-B", name: "CC B" })).toBe(upper);
  expect(managerFileName({ id: "Cc-B", name: "CC B" })).not.toBe(upper);
  expect(conventionFileName(2022)).toBe("convention-france-services-2022.xlsx");
});
