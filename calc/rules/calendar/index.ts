/**
 * When the Département pays, and in which budget year (exercice) it books it. The acompte is
 * paid at signature, the solde (or the reversement claimed) after the evaluation; each is
 * booked in the budget year of its date. These are the product's defaults: a scenario gives its
 * own dates (`rules.advanceDate`, `rules.balanceDate`, or a manager's).
 */

/** Default day of the acomptes, in the convention's year: 15 December (month, day). */
export const DEFAULT_ADVANCE_DAY = { month: 12, day: 15, yearsAfter: 0 } as const;

/** Default day of the soldes: 30 June of the year after the convention's. */
export const DEFAULT_BALANCE_DAY = { month: 6, day: 30, yearsAfter: 1 } as const;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The ISO date of a default day for a convention year. */
export function defaultDate(day: { month: number; day: number; yearsAfter: number }, conventionYear: number): string {
  return `${pad(conventionYear + day.yearsAfter, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/** The budget year of an ISO date: its calendar year (French local authorities' exercice is the calendar year). */
export function exerciceOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * An ISO date moved by whole years (a projection carries a scenario's dates to each year);
 * 29 February becomes 28 February in a year that has none.
 *
 * @example shiftYears("2022-12-15", 2) // "2024-12-15"
 * @example shiftYears("2024-02-29", 1) // "2025-02-28"
 */
export function shiftYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${pad(y, 4)}${rest === "-02-29" && !leap ? "-02-28" : rest}`;
}

/**
 * The acompte and solde dates of a convention year: the given ones (set for the scenario's own
 * year, moved to `year`), else the defaults.
 */
export function paymentDates(
  year: number,
  scenarioYear: number,
  given: { advanceDate?: string; balanceDate?: string },
): { advanceDate: string; balanceDate: string } {
  const moved = (d: string | undefined) => (d === undefined ? undefined : shiftYears(d, year - scenarioYear));
  return {
    advanceDate: moved(given.advanceDate) ?? defaultDate(DEFAULT_ADVANCE_DAY, year),
    balanceDate: moved(given.balanceDate) ?? defaultDate(DEFAULT_BALANCE_DAY, year),
  };
}
