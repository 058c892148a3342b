import { forwardRef } from "react";

/**
 * The hidden input that picks a scenario file (JSON); a button of the pane opens it. The same file
 * may be chosen twice in a row (the input is emptied after each choice).
 */
export const ScenarioFileInput = forwardRef<HTMLInputElement, { label: string; onFile: (file: File) => void }>(function ScenarioFileInput(
  { label, onFile },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      className="visually-hidden"
      aria-label={label}
      tabIndex={-1}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file) onFile(file);
      }}
    />
  );
});
