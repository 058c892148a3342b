import { dec } from "../../../calc";
import { euros } from "../format";

/** An amount with its label, in a card (a negative amount in red). */
export function Figure({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd id={id} className={dec(value).isNegative() ? "negative" : undefined}>
        {euros(value)}
      </dd>
    </div>
  );
}
