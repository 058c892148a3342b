import { netCost } from "./index";
import { issuesOf } from "../../../test/support/errors";

describe("reste à charge = payroll − forfait − departmental share − other resources", () => {
  test("72 000 − 30 000 − 33 600 = 8 400", () => {
    expect(netCost(72000, 30000, 33600).toFixed(2)).toBe("8400.00");
  });

  test("it may be negative when resources exceed the payroll: 8 400 − 5 000 − 4 000 = −600", () => {
    expect(netCost(72000, 30000, 33600, [5000, 4000]).toFixed(2)).toBe("-600.00");
  });

  test("a negative other resource is refused, named by its position", () => {
    expect(issuesOf(() => netCost(72000, 30000, 33600, [1, -1]))[0]).toMatchObject({
      code: "montant_negatif",
      path: "autres ressources[2]",
    });
  });
});
