/**
 * The custom functions as a user sees them in a cell, with the worked examples of the contract
 * (shared/spec/custom-functions.md) and of the domain reference, worked by hand.
 */
import { cell } from "../support/customFunctions";
import * as FS from "../../src/functions/functions";
import pkg from "../../package.json";
import { frenchDate, PARAMETERS_DATE } from "../../calc";
import * as calc from "../../calc";

/** A column range, as Excel passes it. */
const col = (...values: unknown[]) => values.map((v) => [v]);

const RATE_MESSAGE = "#VALUE! taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8)";

describe("STATE_FORFAIT", () => {
  test('=FS.STATE_FORFAIT(2023; "fixe"; 6) → 17 500,00 (35 000 × 6 / 12)', () => {
    expect(cell(() => FS.stateForfait(2023, "fixe", 6))).toBe(17500);
  });
  test("a full year by default: 30 000 in 2022, 50 000 in 2026; the kind does not change the total", () => {
    expect(cell(() => FS.stateForfait(2022))).toBe(30000);
    expect(cell(() => FS.stateForfait(2026, undefined, undefined))).toBe(50000);
    expect(cell(() => FS.stateForfait(2024, "Itinérante", 12))).toBe(40000);
    expect(cell(() => FS.stateForfait(2021, "LaPoste"))).toBe(30000);
  });
  test("omitted arguments arrive as null: the defaults apply", () => {
    expect(cell(() => FS.stateForfait(2023, null as never, null as never))).toBe(35000);
  });
  test("pro rata rounded to the cent: 35 000 × 7 / 12 = 20 416,666… → 20 416,67", () => {
    expect(cell(() => FS.stateForfait(2023, "fixe", 7))).toBe(20416.67);
  });
  test("=FS.STATE_FORFAIT(2019) → #N/A « aucun forfait France Services avant 2020 »", () => {
    expect(cell(() => FS.stateForfait(2019))).toBe("#N/A aucun forfait France Services avant 2020");
  });
  test("an unknown kind or months outside 0–12 → #VALUE! naming the parameter", () => {
    expect(cell(() => FS.stateForfait(2023, "bus"))).toBe(
      "#VALUE! type : « bus » n'est pas un type de structure (fixe, itinérante ou laposte)",
    );
    expect(cell(() => FS.stateForfait(2023, "fixe", 13))).toBe("#VALUE! mois : un nombre de mois doit être compris entre 0 et 12");
    expect(cell(() => FS.stateForfait(2023.5))).toBe("#VALUE! année : une année doit être un entier entre 1900 et 2100");
  });
});

describe("STATE_FORFAIT_SPLIT", () => {
  test("one row [State (FNADT) part, FNFS part]: 2022 → 15 000 + 15 000, 2023 → 20 000 + 15 000", () => {
    expect(cell(() => FS.stateForfaitSplit(2022))).toEqual([[15000, 15000]]);
    expect(cell(() => FS.stateForfaitSplit(2023, "fixe"))).toEqual([[20000, 15000]]);
  });
  test("hosted by La Poste (2020–2022): 26 000 postal fund + 4 000 FNFS", () => {
    expect(cell(() => FS.stateForfaitSplit(2021, "laposte"))).toEqual([[26000, 4000]]);
  });
  test("#N/A where the split is not published (2024 on)", () => {
    expect(cell(() => FS.stateForfaitSplit(2024))).toBe(
      "#N/A « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024",
    );
  });
});

describe("INDEX_POINT", () => {
  test("monthly value of one point, not rounded: 5 623,23 / 1200 until 30 June 2022, 5 820,04 / 1200 from 1 July 2022 (serial 44743)", () => {
    expect(cell(() => FS.indexPoint(44742))).toBe(4.686025);
    expect(cell(() => FS.indexPoint(44743))).toBe(5820.04 / 1200);
    expect(cell(() => FS.indexPoint(44743.75))).toBe(5820.04 / 1200);
  });
  test("before the first value (1 July 2016; 42551 = 30 June 2016) → #N/A saying what is missing", () => {
    expect(cell(() => FS.indexPoint(42551))).toBe(
      "#N/A aucune valeur de « Valeur annuelle du point d'indice (IM 100) » avant le 1er juillet 2016",
    );
  });
});

describe("BASE_SALARY", () => {
  test("IM 352 in 2022: 6 × round(352 × 5623,23 / 1200) + 6 × round(352 × 5820,04 / 1200) = 6 × 1649,48 + 6 × 1707,21 = 20 140,14", () => {
    expect(cell(() => FS.baseSalary(352, 2022))).toBe(20140.14);
  });
  test("as the contract says, on the IM as given, without the minimum de traitement: IM 352 in 2023 = 6 × round(352 × 5820,04 / 1200) + 6 × round(352 × 5907,34 / 1200) = 6 × 1707,21 + 6 × 1732,82 = 20 640,18", () => {
    expect(cell(() => FS.baseSalary(352, 2023))).toBe(20640.18);
  });
  test("the IM is a whole number from 1 to 10 000, as in a scenario", () => {
    const message = "#VALUE! indice majoré : un indice majoré est un nombre entier entre 1 et 10 000";
    for (const im of [352.5, 0, 10001, 100000]) expect(cell(() => FS.baseSalary(im, 2022))).toBe(message);
  });
});

describe("EMPLOYER_RATE", () => {
  test("titulaire 2022: CNRACL 30,65 % + 9,88 + 5,25 + 0,30 + 0,10 + 0,40 + 0,90 + 0,80 = 48,28 %", () => {
    expect(cell(() => FS.employerRate("titulaire", 2022))).toBe(0.4828);
  });
  test("titulaire 2025: CNRACL 34,65 % → 52,28 %; contractuel: 13 + 8,55 + 2,02 + 5,25 + 0,30 + 0,10 + 4,20 + 0,90 + 0,80 + 1,50 + 0 + 0 = 36,62 %", () => {
    expect(cell(() => FS.employerRate("titulaire", 2025))).toBe(0.5228);
    expect(cell(() => FS.employerRate("Contractuel", 2024))).toBe(0.3662);
  });
  test("an unknown status → #VALUE!", () => {
    expect(cell(() => FS.employerRate("stagiaire", 2022))).toBe(
      "#VALUE! statut : « stagiaire » n'est pas un statut (titulaire ou contractuel)",
    );
  });
});

describe("LOADED_COST", () => {
  test("round(30 000 × 1,4648) = 43 944,00; round(1 234,56 × 1,3065 = 1 612,95264) = 1 612,95", () => {
    expect(cell(() => FS.loadedCost(30000, 0.4648))).toBe(43944);
    expect(cell(() => FS.loadedCost(1234.56, 0.3065))).toBe(1612.95);
  });
  test("rate 80 → #VALUE! « taux : doit être compris entre 0 et 1 (80 % s'écrit 0,8) »", () => {
    expect(cell(() => FS.loadedCost(30000, 80))).toBe(RATE_MESSAGE);
  });
  test("a negative amount → #VALUE!", () => {
    expect(cell(() => FS.loadedCost(-1, 0.5))).toBe("#VALUE! brut : un montant ne peut pas être négatif");
  });
  test("an amount of a thousand billion euros or more → #VALUE! naming it (the scenario's bound), never Infinity", () => {
    expect(cell(() => FS.loadedCost(1e308, 1))).toBe("#VALUE! brut : montant trop grand (au plus 999 999 999 999,99 €)");
    expect(cell(() => FS.loadedCost(1e12, 0))).toBe("#VALUE! brut : montant trop grand (au plus 999 999 999 999,99 €)");
    expect(cell(() => FS.loadedCost(999999999999.99, 0))).toBe(999999999999.99);
  });
});

describe("PAYROLL", () => {
  test("round(36 000 × 0,8 × 6 / 12 × 0,5) = 7 200,00", () => {
    expect(cell(() => FS.payroll([[36000]], [[0.8]], [[6]], [[0.5]]))).toBe(7200);
  });
  test("defaults 1, 12, 1; a blank cell counts as 0: 36 000 + 40 000 × 0,5 + 0 = 56 000", () => {
    expect(cell(() => FS.payroll(col(36000, 40000, ""), col(1, 0.5, null)))).toBe(56000);
  });
  test("each line is rounded, then summed: 3 × round(1 000 / 12 = 83,333…) = 249,99", () => {
    expect(cell(() => FS.payroll(col(1000, 1000, 1000), null as never, col(1, 1, 1)))).toBe(249.99);
  });
  test("one cell applies to every line: 36 000 and 24 000 at 50 % for France Services = 30 000", () => {
    expect(cell(() => FS.payroll(col(36000, 24000), undefined, undefined, [[0.5]]))).toBe(30000);
  });
  test("ranges of different shapes → #VALUE!", () => {
    expect(cell(() => FS.payroll(col(1, 2, 3), col(1, 1)))).toBe("#VALUE! quotités : doit avoir la même forme que coûts (3×1, reçu 2×1)");
  });
  test("a bad cell is named: FTE 1,2 on the second line, text in a cost", () => {
    expect(cell(() => FS.payroll(col(36000, 36000), col(1, 1.2)))).toBe(
      "#VALUE! cellule 2 — quotité : une quotité doit être comprise entre 0 et 1 (un mi-temps s'écrit 0,5)",
    );
    expect(cell(() => FS.payroll(col("abc")))).toBe("#VALUE! coûts[1] : doit être un nombre (la cellule contient le texte « abc »)");
  });
});

describe("DEPT_SHARE", () => {
  test("=FS.DEPT_SHARE(72000; 30000) → 33 600,00 (80 % of 42 000); =FS.DEPT_SHARE(20000; 30000) → 0", () => {
    expect(cell(() => FS.deptShare(72000, 30000))).toBe(33600);
    expect(cell(() => FS.deptShare(20000, 30000))).toBe(0);
  });
  test("rounded to the cent: 0,8 × 70 000,01 = 56 000,008 → 56 000,01", () => {
    expect(cell(() => FS.deptShare(100000.01, 30000))).toBe(56000.01);
  });
  test("another rate, and a cap: 50 % → 21 000; capped at 30 000 → 30 000", () => {
    expect(cell(() => FS.deptShare(72000, 30000, 0.5))).toBe(21000);
    expect(cell(() => FS.deptShare(72000, 30000, null as never, 30000))).toBe(30000);
  });
  test("rate 80 → #VALUE!", () => {
    expect(cell(() => FS.deptShare(72000, 30000, 80))).toBe(RATE_MESSAGE);
  });
  test("the default rate is the latest value of departement.taux, not a literal", () => {
    const rate = Number(calc.REFERENCE_PARAMETERS.latest("departement.taux").value);
    expect(cell(() => FS.deptShare(72000, 30000))).toBe(cell(() => FS.deptShare(72000, 30000, rate)));
  });
  test("the reading part_moins_forfait: max(0, round(0,8 × 72 000) − 30 000) = 27 600; an unknown reading → #VALUE!", () => {
    expect(cell(() => FS.deptShare(72000, 30000, 0.8, null as never, "part_moins_forfait"))).toBe(27600);
    expect(cell(() => FS.deptShare(72000, 30000, 0.8, null as never, "masse_moins_forfait"))).toBe(33600);
    expect(cell(() => FS.deptShare(72000, 30000, 0.8, null as never, "masse"))).toBe(
      "#VALUE! lecture : « masse » n'est pas une lecture de la règle (masse_moins_forfait ou part_moins_forfait)",
    );
  });
  test("a cap with fractions of a cent is taken down to the cent: 100,009 → 100", () => {
    expect(cell(() => FS.deptShare(72000, 30000, 0.8, 100.009))).toBe(100);
  });
  test("amounts computed by formulas (30 000 + 3 × 1,37 is 30 004,109999999997 in floating point) give the exact rule's cent", () => {
    const payroll = 30000 + 3 * 1.37;
    expect(cell(() => FS.deptShare(payroll, 10000))).toBe(calc.toNumber(calc.departmentShare(payroll, 10000)));
  });
});

describe("NET_COST", () => {
  test("110 000 − 30 000 − 33 600 − (5 000 + blank + 2 500) = 38 900", () => {
    expect(cell(() => FS.netCost(110000, 30000, 33600, col(5000, "", 2500)))).toBe(38900);
  });
  test("without other resources: 110 000 − 30 000 − 33 600 = 46 400; negative when resources exceed the payroll", () => {
    expect(cell(() => FS.netCost(110000, 30000, 33600))).toBe(46400);
    expect(cell(() => FS.netCost(50000, 30000, 20000, [[10000]]))).toBe(-10000);
  });
});

describe("ALLOCATE", () => {
  test("=FS.ALLOCATE({100;100;100}; 100) → {33,34; 33,33; 33,33}: the left cent goes to the earlier cell", () => {
    expect(cell(() => FS.allocate(col(100, 100, 100), 100))).toEqual(col(33.34, 33.33, 33.33));
  });
  test("largest remainder, not largest ratio: {30;30;10} for 10 → {4,29; 4,28; 1,43}", () => {
    expect(cell(() => FS.allocate(col(30, 30, 10), 10))).toEqual(col(4.29, 4.28, 1.43));
  });
  test("contract conflict: its example ALLOCATE({3;3;1}; 10) → {4,29;4,28;1,43} breaks its own rule; requests that fit (7 ≤ 10) are paid in full → {3;3;1}", () => {
    expect(cell(() => FS.allocate(col(3, 3, 1), 10))).toEqual(col(3, 3, 1));
  });
  test("the result has the shape of the requests (a row stays a row)", () => {
    expect(cell(() => FS.allocate([[100, 100, 100]], 100))).toEqual([[33.34, 33.33, 33.33]]);
  });
  test("a blank request counts as 0", () => {
    expect(cell(() => FS.allocate(col(100, "", 100), 100))).toEqual(col(50, 0, 50));
  });
  test("caps apply before the split; a blank cap is no cap; one cap applies to every request", () => {
    expect(cell(() => FS.allocate(col(100, 100, 100), 1000, col(50, "", 10)))).toEqual(col(50, 100, 10));
    expect(cell(() => FS.allocate(col(100, 100, 100), 1000, [[20]]))).toEqual(col(20, 20, 20));
  });
  test("the Vosges envelope binds: parts sum exactly to 409 045,00", () => {
    const parts = cell(() => FS.allocate(col(100000.01, 150000, 99999.99, 120000, 33333.33), 409045)) as number[][];
    expect(parts.flat().reduce((a, p) => a + Math.round(p * 100), 0)).toBe(40904500);
  });
  test("a negative request or caps of another shape → #VALUE!", () => {
    expect(cell(() => FS.allocate(col(100, -1), 100))).toBe("#VALUE! demandes[2] : un montant ne peut pas être négatif");
    expect(cell(() => FS.allocate(col(100, 100), 100, col(1, 2, 3)))).toBe(
      "#VALUE! plafonds : doit avoir la même forme que demandes (2×1, reçu 3×1)",
    );
  });
});

describe("ADVANCE and BALANCE", () => {
  test("=FS.ADVANCE(100,01) → 50,01 (50,005 rounds half up)", () => {
    expect(cell(() => FS.advance(100.01))).toBe(50.01);
  });
  test("another rate: round(100,01 × 0,3 = 30,003) = 30,00; rate 1,5 → #VALUE!", () => {
    expect(cell(() => FS.advance(100.01, 0.3))).toBe(30);
    expect(cell(() => FS.advance(1000, 1.5))).toBe(RATE_MESSAGE);
  });
  test("balance = final − advance paid; negative is a repayment", () => {
    expect(cell(() => FS.balance(12345.67, 10000))).toBe(2345.67);
    expect(cell(() => FS.balance(8000, 10000))).toBe(-2000);
  });
});

describe("SCHEDULE", () => {
  test("without actuals: forecast {4,29; 4,28; 1,43}, advances round(× 0,5) {2,15; 2,14; 0,72}, final = forecast, balances {2,14; 2,14; 0,71}", () => {
    expect(cell(() => FS.schedule(col(30, 30, 10), 10))).toEqual([
      [4.29, 2.15, 4.29, 2.14],
      [4.28, 2.14, 4.28, 2.14],
      [1.43, 0.72, 1.43, 0.71],
    ]);
  });
  test("with actuals {20;30;10}, capped (the default): final = round(forecast × min(1, actual ÷ request)) → {2,86; 4,28; 1,43}", () => {
    expect(cell(() => FS.schedule(col(30, 30, 10), 10, null as never, col(20, 30, 10)))).toEqual([
      [4.29, 2.15, 2.86, 0.71],
      [4.28, 2.14, 4.28, 2.14],
      [1.43, 0.72, 1.43, 0.71],
    ]);
  });
  test("one actual for every request (a single cell applies to every row): {20} → 4,29 × 20/30, 4,28 × 20/30, 1,43", () => {
    expect((cell(() => FS.schedule(col(30, 30, 10), 10, null as never, [[20]])) as number[][]).map((l) => l[2])).toEqual([
      2.86, 2.85, 1.43,
    ]);
  });
  test("an unknown final rule → #VALUE! naming it", () => {
    expect(cell(() => FS.schedule(col(30, 30, 10), 10, null as never, col(20, 30, 10), "autre"))).toBe(
      "#VALUE! règle du solde : « autre » n'est pas une règle du montant final (plafonne ou redistribue)",
    );
  });
  test("with actuals {20;30;10}, redistributed: final = ALLOCATE → {3,33; 5,00; 1,67} (the left cent to the largest remainder), balance = final − advance", () => {
    expect(cell(() => FS.schedule(col(30, 30, 10), 10, null as never, col(20, 30, 10), "redistribue"))).toEqual([
      [4.29, 2.15, 3.33, 1.18],
      [4.28, 2.14, 5, 2.86],
      [1.43, 0.72, 1.67, 0.95],
    ]);
  });
  test("advance rate 0,3: round(4,29 × 0,3 = 1,287) = 1,29", () => {
    expect((cell(() => FS.schedule(col(30, 30, 10), 10, 0.3)) as number[][])[0]).toEqual([4.29, 1.29, 4.29, 3]);
  });
  test("actuals of another shape, or a negative actual → #VALUE! naming them", () => {
    expect(cell(() => FS.schedule(col(30, 30, 10), 10, 0.5, col(1, 2)))).toBe(
      "#VALUE! réalisé : doit avoir la même forme que demandes (3×1, reçu 2×1)",
    );
    expect(cell(() => FS.schedule(col(30, 30), 10, 0.5, col(1, -2)))).toBe("#VALUE! réalisé[2] : un montant ne peut pas être négatif");
  });
});

describe("ACHIEVEMENT", () => {
  test("Σ weight × met / Σ weight: {VRAI; FAUX; VRAI} weighted {2; 1; 1} → 0,75", () => {
    expect(cell(() => FS.achievement(col(true, false, true), col(2, 1, 1)))).toBe(0.75);
  });
  test("1/0 and blank cells (not met), weights 1 by default: 1 of 3 → 0,333…", () => {
    expect(cell(() => FS.achievement(col(1, 0, "")))).toBe(1 / 3);
  });
  test("anything but TRUE/FALSE or 1/0, or weights summing to 0 → #VALUE!", () => {
    expect(cell(() => FS.achievement(col(true, "oui")))).toBe("#VALUE! objectifs[2] : doit être VRAI ou FAUX (ou 1 ou 0)");
    expect(cell(() => FS.achievement(col(true, false), col(0, 0)))).toBe("#VALUE! poids : leur somme doit être strictement positive");
  });
});

describe("PARAM and VERSION", () => {
  test("the value in force at the date: forfait.total 35 000 on 1 Jan 2023 (44927); departement.taux 0,8 and point.annuel 5 820,04 on 1 Jul 2022 (44743)", () => {
    expect(cell(() => FS.param("forfait.total", 44927))).toBe(35000);
    expect(cell(() => FS.param("departement.taux", 44743))).toBe(0.8);
    expect(cell(() => FS.param("point.annuel", 44743))).toBe(5820.04);
    expect(cell(() => FS.param("departement.enveloppe", 44743))).toBe(409045);
  });
  test("unknown name, unpublished value, date before the first value (31 Dec 2019, 43830) → #N/A", () => {
    expect(cell(() => FS.param("inconnu", 44743))).toBe("#N/A paramètre inconnu « inconnu »");
    expect(cell(() => FS.param("forfait.fnadt", 45292))).toBe(
      "#N/A « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024",
    );
    expect(cell(() => FS.param("forfait.total", 43830))).toBe(
      "#N/A aucune valeur de « Forfait de l'État par structure labellisée et par an » avant le 1er janvier 2020",
    );
  });
  test("VERSION gives the package version and the date of the parameters", () => {
    expect(cell(() => FS.version())).toBe(`france-services-ctec ${pkg.version} — paramètres au ${frenchDate(PARAMETERS_DATE)}`);
  });
});

describe("PARAM_STATUS: [status, date the value applies from, source], so that an estimate is seen as one", () => {
  // Serials: 44927 = 1 Jan 2023, 45658 = 1 Jan 2025, 46023 = 1 Jan 2026, 47849 = 1 Jan 2031, 44743 = 1 Jul 2022.
  test('=FS.PARAM_STATUS("forfait.total"; DATE(2025;1;1)) → « estimation », in force from 1 Jan 2025, interpolated', () => {
    expect(cell(() => FS.paramStatus("forfait.total", 45658))).toEqual([
      ["estimation", 45658, "Estimation : interpolation linéaire 30 000 € → 50 000 € (2022 → 2026)"],
    ]);
  });
  test("forfait.total in 2023 (on 1 Jan 2023 and on 1 Jul 2023) → « source », La Gazette des communes", () => {
    const row = [["source", 44927, "La Gazette des communes, 29 septembre 2023"]];
    expect(cell(() => FS.paramStatus("forfait.total", 44927))).toEqual(row);
    expect(cell(() => FS.paramStatus(" forfait.total ", 45108))).toEqual(row);
  });
  test("forfait.total in 2031: the 2026 value carried forward past 31 Dec 2026 → « estimation », and the source says so", () => {
    expect(cell(() => FS.paramStatus("forfait.total", 47849))).toEqual([
      [
        "estimation",
        46023,
        expect.stringMatching(/^Estimation : trajectoire annoncée.*16-10490/), // 2026 is itself an estimate (announced trajectory)
      ],
    ]);
  });
  test("the 80 % rule is a source for 2022 and an estimate from 2023 on; the 50 % advance is a product « décision »", () => {
    expect(cell(() => FS.paramStatus("departement.taux", 44743))).toEqual([
      ["source", 44562, "Note CD 88 : « 80 % de la masse salariale après déduction du forfait de l'État »"],
    ]);
    expect(cell(() => FS.paramStatus("departement.taux", 46023))).toEqual([
      [
        "estimation",
        44562,
        "Estimation : valeur connue jusqu'au 31 décembre 2022, prolongée faute de mieux (Note CD 88 : « 80 % de la masse salariale après déduction du forfait de l'État »)",
      ],
    ]);
    expect(cell(() => FS.paramStatus("departement.taux_acompte", 44743))).toEqual([
      ["décision", 44562, "Décision produit : la note CD 88 ne donne pas de taux d'acompte (paramètre modifiable)"],
    ]);
  });
  test("unknown name, date before the first value, unpublished value → #N/A saying what is missing; a bad date → #VALUE!", () => {
    expect(cell(() => FS.paramStatus("inconnu", 44743))).toBe("#N/A paramètre inconnu « inconnu »");
    expect(cell(() => FS.paramStatus("forfait.total", 43830))).toBe(
      "#N/A aucune valeur de « Forfait de l'État par structure labellisée et par an » avant le 1er janvier 2020",
    );
    expect(cell(() => FS.paramStatus("forfait.fnadt", 45292))).toBe(
      "#N/A « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024",
    );
    expect(cell(() => FS.paramStatus("forfait.total", 0))).toBe(
      "#VALUE! date : doit être une date (numéro de série Excel entre 1 et 2958465)",
    );
    expect(cell(() => FS.paramStatus(42 as never, 44743))).toBe("#VALUE! nom : doit être un texte");
  });
});
