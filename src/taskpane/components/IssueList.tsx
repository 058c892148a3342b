import { Link } from "@fluentui/react/lib/Link";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { describePath } from "../../../calc";
import type { LocatedIssue } from "../workbook/readInput";

/**
 * Every problem of a scenario, with the cell it is about when there is one (a link that selects
 * it in Excel), otherwise where it is in the scenario, by names (« Communauté B › France Services B1 › agent 2 »).
 */
export function IssueList({
  issues,
  title,
  onSelect,
  scenario,
}: {
  issues: readonly LocatedIssue[];
  title: string;
  onSelect?: (address: string) => void;
  /** The scenario the issues are about, for the names along their paths. */
  scenario?: unknown;
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
              <strong className="where">{describePath(i.path, scenario)}</strong>
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
