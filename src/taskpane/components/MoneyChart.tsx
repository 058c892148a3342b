import { AMOUNT_TERMS, dec } from "../../../calc";
import { ReflowTable } from "./ReflowTable";

/** One bar: what a structure (or a manager) costs, and who pays it. */
export interface Funding {
  label: string;
  forfait: string;
  otherResources: string;
  allocated: string;
  remainingCost: string;
}

const PARTS = [
  { key: "forfait", color: "#005a9e" },
  { key: "otherResources", color: "#8764b8" },
  { key: "allocated", color: "#107c10" },
  { key: "remainingCost", color: "#a4262c" },
] as const;

/**
 * A stacked bar per line: where the money comes from. The bars are drawing only (widths are
 * proportions for the eye); the amounts are given as text below, for every reader: a table
 * that reflows into label–value rows in a narrow pane.
 */
export function MoneyChart({ title, lines }: { title: string; lines: readonly Funding[] }) {
  const totals = lines.map((l) => PARTS.reduce((t, p) => t + Math.max(0, Number(l[p.key])), 0));
  const max = Math.max(1, ...totals);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {lines.map((l) => {
        let x = 0;
        return (
          <div key={l.label} className="bar">
            <div className="bar-label" aria-hidden="true">
              {l.label}
            </div>
            <svg width="100%" height="16" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x="0" y="0" width="100" height="10" fill="#f3f2f1" />
              {PARTS.map((p) => {
                const w = (Math.max(0, Number(l[p.key])) / max) * 100;
                const rect = <rect key={p.key} x={x} y="0" width={w} height="10" fill={p.color} />;
                x += w;
                return rect;
              })}
            </svg>
          </div>
        );
      })}
      <ul className="legend">
        {PARTS.map((p) => (
          <li key={p.key}>
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" /> {AMOUNT_TERMS[p.key].label}
          </li>
        ))}
      </ul>
      <ReflowTable
        caption={`${title} : montants`}
        hideCaption
        first="Ligne"
        rows={lines}
        rowKey={(l) => l.label}
        rowName={(l) => l.label}
        columns={PARTS.map((p) => ({ label: AMOUNT_TERMS[p.key].label, amount: (l: Funding) => l[p.key] }))}
      />
      {lines.some((l) => dec(l.remainingCost).isNegative()) ? (
        <p className="note">Un reste à charge négatif est un excédent : il n'est pas dessiné.</p>
      ) : null}
    </figure>
  );
}
