import { Link } from "@fluentui/react/lib/Link";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import type { LocatedIssue } from "../workbook/readInput";

/** Every problem of a scenario, with the cell it is about when there is one (a link that selects it in Excel). */
export function IssueList({
  issues,
  title,
  onSelect,
}: {
  issues: readonly LocatedIssue[];
  title: string;
  onSelect?: (address: string) => void;
}) {
  if (!issues.length) return null;
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      <strong>{title}</strong>
      <ul className="issues">
        {issues.map((i, k) => (
          <li key={k}>
            {i.address ? (
              onSelect ? (
                <Link onClick={() => onSelect(i.address as string)}>{i.address}</Link>
              ) : (
                <code>{i.address}</code>
              )
            ) : i.path ? (
              <code>{i.path.startsWith("parameters.") ? `Paramètres : ${i.path.slice(11)}` : i.path}</code>
            ) : null}
            {i.address || i.path ? " — " : ""}
            {i.column ? `${i.column} : ` : ""}
            {i.message}
          </li>
        ))}
      </ul>
    </MessageBar>
  );
}
