import { dec } from "../../../calc";
import { euros } from "../format";

/** One bar: what a structure (or a manager) costs, and who pays it. */
export interface Funding {
  label: string;
  forfait: string;
  otherResources: string;
  share: string;
  remainingCost: string;
}

const PARTS = [
  { key: "forfait", name: "Forfait de l'État", color: "#005a9e" },
  { key: "otherResources", name: "Autres ressources", color: "#8764b8" },
  { key: "share", name: "Part du Département", color: "#107c10" },
  { key: "remainingCost", name: "Reste à charge", color: "#a4262c" },
] as const;

/**
 * A stacked bar per line: where the money comes from. The bars are drawing only (widths are
 * proportions for the eye); the amounts are given as text in the legend, for every reader.
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
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" /> {p.name}
          </li>
        ))}
      </ul>
      <table className="data">
        <caption className="visually-hidden">{title} : montants</caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            {PARTS.map((p) => (
              <th key={p.key} scope="col">
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.label}>
              <th scope="row">{l.label}</th>
              {PARTS.map((p) => (
                <td key={p.key} className={dec(l[p.key]).isNegative() ? "negative" : undefined}>
                  {euros(l[p.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {lines.some((l) => dec(l.remainingCost).isNegative()) ? (
        <p className="note">Un reste à charge négatif est un excédent : il n'est pas dessiné.</p>
      ) : null}
    </figure>
  );
}
