import type { ReactNode } from "react";
import { dec } from "../../../calc";
import { euros, signedEuros } from "../format";

/** A column: its header, and each row's cell (an amount is written in euros, red when negative). */
export interface Column<R> {
  label: string;
  amount?: (row: R) => string;
  text?: (row: R) => ReactNode;
  /** The amount is a change: always signed (`+1 234,00 €`, `−56,00 €`). */
  signed?: boolean;
}

/**
 * A table whose first column names the row. In a narrow pane (see styles.ts) each row becomes a
 * card of label–value lines: every cell carries its column's label.
 */
export function ReflowTable<R>({
  caption,
  hideCaption,
  first,
  columns,
  rows,
  rowKey,
  rowName,
}: {
  caption: string;
  /** The caption is for screen readers only (a heading says it already). */
  hideCaption?: boolean;
  /** The header of the first column. */
  first: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowName: (row: R) => ReactNode;
}) {
  return (
    <table className="data reflow">
      <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row">{rowName(row)}</th>
            {columns.map((c) => {
              const amount = c.amount?.(row);
              return (
                <td
                  key={c.label}
                  data-label={c.label}
                  className={amount !== undefined && dec(amount).isNegative() ? "negative" : undefined}
                >
                  {amount !== undefined ? (c.signed ? signedEuros(amount) : euros(amount)) : c.text?.(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
