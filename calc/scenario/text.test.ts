import { validateScenario } from "./validate";
import { quoted } from "../errors";
import type { Issue } from "../errors";

/** A valid scenario whose texts are all `name`, at every place a person types one. */
function everywhere(name: string) {
  return {
    year: 2022,
    title: name,
    managers: [
      {
        id: "m1",
        name,
        structures: [
          {
            id: "s1",
            name,
            agents: [{ loadedCost: 40000, name }],
            resources: [{ label: name, amount: 1000 }],
            objectives: [{ label: name }],
          },
        ],
      },
    ],
    budget: { lines: [{ label: name, type: "depense", amount: 1 }] },
  };
}

const PLACES = [
  "budget.lines[0].label",
  "managers[0].name",
  "managers[0].structures[0].agents[0].name",
  "managers[0].structures[0].name",
  "managers[0].structures[0].objectives[0].label",
  "managers[0].structures[0].resources[0].label",
  "title",
];

function issuesOf(input: unknown): Issue[] {
  const v = validateScenario(input);
  return v.ok ? [] : [...v.issues].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The same issue at each place a text is typed. */
const atEveryPlace = (message: string) => PLACES.map((path) => ({ code: "texte_invalide", path, message }));

describe("names and labels: text is never code", () => {
  test("an ANSI escape (C0, U+001B) that would rewrite a total in a terminal → refused, naming the character, not showing it", () => {
    expect(issuesOf(everywhere("Attribué \u001b[2K\r 309 045,00"))).toEqual(
      atEveryPlace("contient un caractère de contrôle (U+001B) : retirez-le"),
    );
  });

  test("a C1 control (U+0085, next line) and DEL (U+007F) → refused", () => {
    expect(issuesOf(everywhere("Mairie\u0085Vosges"))).toEqual(atEveryPlace("contient un caractère de contrôle (U+0085) : retirez-le"));
    expect(issuesOf(everywhere("Mairie\u007f"))).toEqual(atEveryPlace("contient un caractère de contrôle (U+007F) : retirez-le"));
  });

  test("a tab or a line break inside a name → refused; around it they are trimmed away", () => {
    expect(issuesOf(everywhere("Mairie\tVosges"))).toEqual(atEveryPlace("contient un caractère de contrôle (U+0009) : retirez-le"));
    expect(issuesOf(everywhere("  Mairie de Vosges\n"))).toEqual([]);
  });

  test.each([
    ["U+202E (right-to-left override)", "France Services \u202Efdp.exe", "U+202E"],
    ["U+202A (left-to-right embedding)", "\u202AMairie", "U+202A"],
    ["U+2066 (left-to-right isolate)", "Mairie \u2066x\u2069", "U+2066"],
    ["U+2069 (pop directional isolate)", "Mairie \u2069", "U+2069"],
  ])("a bidi control %s → refused", (_, name, code) => {
    expect(issuesOf(everywhere(name))).toEqual(atEveryPlace(`contient un caractère qui inverse le sens d'écriture (${code}) : retirez-le`));
  });

  test("a lone surrogate (half of a UTF-16 pair) → refused; a whole pair (an emoji) is a character like another", () => {
    expect(issuesOf(everywhere("Mairie \uD83C"))).toEqual(
      atEveryPlace("contient un demi-caractère (U+D83C, surrogate UTF-16 isolé) : le texte est mal encodé"),
    );
    expect(issuesOf(everywhere("\uDFE0 Mairie"))).toEqual(
      atEveryPlace("contient un demi-caractère (U+DFE0, surrogate UTF-16 isolé) : le texte est mal encodé"),
    );
    expect(issuesOf(everywhere("Maison France Services \uD83C\uDFE0"))).toEqual([]);
  });

  test.each([
    ["a zero-width space", "\u200B"],
    ["zero-width joiners and a byte order mark", "\u200D\u200C\uFEFF"],
    ["a soft hyphen and a word joiner between spaces", " \u00AD\u2060 "],
    ["a Hangul filler", "\u3164"],
    ["a tag character (U+E0041)", "\uDB40\uDC41"],
  ])("a name made only of invisible characters (%s) → refused", (_, name) => {
    expect(issuesOf(everywhere(name))).toEqual(
      atEveryPlace("ne contient que des caractères invisibles (espace sans largeur…) : écrivez un texte lisible"),
    );
  });

  test("an invisible character inside a readable name is allowed (a zero-width space marks where a long word may break)", () => {
    expect(issuesOf(everywhere("Saint\u200BDié-des-Vosges"))).toEqual([]);
    expect(issuesOf(everywhere("Épinal — « Maison » n° 2"))).toEqual([]);
  });

  test("blank stays « ne doit pas être vide », reported once", () => {
    expect(issuesOf(everywhere("   "))).toEqual(PLACES.map((path) => ({ code: "requis", path, message: "ne doit pas être vide" })));
  });

  test("a name of 201 characters → trop_grand; 200 are accepted", () => {
    expect(issuesOf(everywhere("é".repeat(200)))).toEqual([]);
    expect(issuesOf(everywhere("é".repeat(201)))).toEqual(
      PLACES.map((path) => ({ code: "trop_grand", path, message: "texte trop long (200 caractères au plus)" })),
    );
  });

  test("a description may hold line breaks and tabs, but no other control character", () => {
    const s = { ...everywhere("Vosges"), description: "Ligne 1\n\tLigne 2\r\n" };
    expect(issuesOf(s)).toEqual([]);
    expect(issuesOf({ ...s, description: "Ligne 1\u001b[31m" })).toEqual([
      { code: "texte_invalide", path: "description", message: "contient un caractère de contrôle (U+001B) : retirez-le" },
    ]);
  });
});

describe("a message that quotes a user's text shows its unsafe characters as codes", () => {
  test("an unknown kind, an unknown field and an unknown parameter holding an escape", () => {
    const s = everywhere("Vosges") as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    s.managers[0].structures[0].kind = "\u001b[2Jbus";
    s.managers[0].structures[0]["x\u202Ey"] = 1;
    s.parameters = { "\u001b]0;titre\u0007": 1 };
    expect(issuesOf(s).map((i) => i.message)).toEqual([
      "champ inconnu : « x<U+202E>y » (vérifiez l'orthographe)",
      "« <U+001B>[2Jbus » n'est pas permis : une valeur parmi fixe, itinerante, laposte",
      "paramètre inconnu « <U+001B>]0;titre<U+0007> »",
    ]);
  });

  test("quoted: at most 80 characters, an emoji kept whole", () => {
    expect(quoted("a".repeat(100))).toBe(`« ${"a".repeat(80)}… »`);
    expect(quoted("Maison \uD83C\uDFE0")).toBe("« Maison \uD83C\uDFE0 »");
  });
});
