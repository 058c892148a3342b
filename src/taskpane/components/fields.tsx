import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { TextField } from "@fluentui/react/lib/TextField";
import { useEffect, useState } from "react";
import { formatPath, type ScenarioInput } from "../../../calc";
import { frenchNumber } from "../format";
import { parseFrenchNumber } from "../workbook/values";

/** Messages of the current issues, by scenario path (`managers[0].structures[1].agents[2].fte`). */
export type IssueMap = ReadonlyMap<string, string>;

/** Where a value is in the scenario: `["managers", 0, "name"]`. */
export type Path = readonly (string | number)[];

/** What a part of the scenario's form needs: the scenario, its issues, and where a change goes. */
export interface FormProps {
  scenario: ScenarioInput;
  issues: IssueMap;
  onChange: (s: ScenarioInput) => void;
}

interface FieldProps {
  label: string;
  path: Path;
  value: unknown;
  issues: IssueMap;
  onChange: (path: Path, value: unknown) => void;
  description?: string;
  suffix?: string;
}

/**
 * A number typed the French way (`0,5`, `1 234,56`). A readable number is stored as an exact
 * decimal string (or an integer); anything else is stored as typed, so that the scenario's
 * validation says what is wrong, under the field.
 */
export function NumberField({
  label,
  path,
  value,
  issues,
  onChange,
  description,
  suffix,
  integer,
  placeholder,
}: FieldProps & { integer?: boolean; placeholder?: string }) {
  const [text, setText] = useState(frenchNumber(value));
  useEffect(() => {
    if (read(text, integer) !== value) setText(frenchNumber(value));
  }, [value]);
  return (
    <TextField
      label={label}
      value={text}
      inputMode="decimal"
      placeholder={placeholder}
      suffix={suffix}
      description={description}
      errorMessage={
        typeof value === "string" && parseFrenchNumber(value) === undefined
          ? `« ${value} » n'est pas un nombre : écrivez par exemple 0,5 ou 1 234,56`
          : issues.get(formatPath(path))
      }
      onChange={(_, v = "") => {
        setText(v);
        onChange(path, read(v, integer));
      }}
    />
  );
}

function read(text: string, integer?: boolean): unknown {
  if (text.trim() === "") return undefined;
  const n = parseFrenchNumber(text);
  if (n === undefined) return text;
  return integer ? Number(n) : n;
}

export function TextInput({ label, path, value, issues, onChange, description, type }: FieldProps & { type?: string }) {
  return (
    <TextField
      label={label}
      type={type}
      value={typeof value === "string" ? value : ""}
      description={description}
      errorMessage={issues.get(formatPath(path))}
      onChange={(_, v = "") => onChange(path, v === "" ? undefined : v)}
    />
  );
}

export function Choice({
  label,
  path,
  value,
  issues,
  onChange,
  options,
  allowEmpty,
}: FieldProps & { options: readonly { key: string; text: string }[]; allowEmpty?: string }) {
  const list: IDropdownOption[] = [...(allowEmpty ? [{ key: "", text: allowEmpty }] : []), ...options];
  return (
    <Dropdown
      label={label}
      selectedKey={typeof value === "string" ? value : ""}
      options={list}
      errorMessage={issues.get(formatPath(path))}
      onChange={(_, o) => onChange(path, o && o.key !== "" ? String(o.key) : undefined)}
    />
  );
}
