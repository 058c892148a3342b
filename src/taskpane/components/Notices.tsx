import { DefaultButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import type { Notice, NoticeCode } from "../hooks/useNotices";

const TYPES: Record<Notice["type"], MessageBarType> = {
  error: MessageBarType.error,
  success: MessageBarType.success,
  info: MessageBarType.info,
};

/** A button offered beside the notices of one code. */
export interface NoticeAction {
  text: string;
  onClick: () => void;
}

/** The pane's messages, each closable; a notice whose code has an action shows its button. */
export function Notices({
  notices,
  onDismiss,
  actions = {},
  truncate = false,
}: {
  notices: readonly Notice[];
  onDismiss: (n: Notice) => void;
  actions?: Partial<Record<NoticeCode, NoticeAction>>;
  /** Long notices on one line, unfolded by a button (« Voir tout »). */
  truncate?: boolean;
}) {
  return (
    <div aria-live="assertive">
      {notices.map((n) => {
        const action = n.code ? actions[n.code] : undefined;
        return (
          <MessageBar
            key={n.text}
            messageBarType={TYPES[n.type]}
            isMultiline={!truncate}
            truncated={truncate}
            overflowButtonAriaLabel="Voir tout"
            onDismiss={() => onDismiss(n)}
            dismissButtonAriaLabel="Fermer"
            actions={action ? <DefaultButton text={action.text} onClick={action.onClick} /> : undefined}
          >
            {n.text}
          </MessageBar>
        );
      })}
    </div>
  );
}
