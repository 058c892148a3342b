/// <reference types="office-js" />
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- a dynamic stand-in for office.js objects */
/**
 * An in-memory Excel workbook behind office-addin-mock objects, enough for the task pane's
 * adapter (src/taskpane/workbook/excelPort.ts). Reads go through OfficeMockObject, so a value
 * read without `load` and `context.sync()` is an error string, as in Excel. Writes land in the
 * model at once and behave like Excel's: a string written to a cell not formatted as text is
 * interpreted (`=…` becomes a formula, `-1` a number) — which is what the adapter must prevent
 * for user text.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface MockCell {
  value: string | number | boolean;
  formula?: string;
  format: string;
  validation?: unknown;
}

export interface MockSheet {
  id: string;
  name: string;
  cells: Map<string, MockCell>;
  frozenRows?: number;
  charts: { type: string; title?: string; series: string[] }[];
}

export interface MockTable {
  name: string;
  sheet: MockSheet;
  address: string;
  showTotals: boolean;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
function colLetter(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `B4:D6` → bounds (0-based columns, 1-based rows). */
export function bounds(address: string) {
  const [a, b = a] = address.split(":");
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    if (!m) throw new Error(`adresse non gérée par le mock : ${address}`);
    return { c: colIndex(m[1]), r: Number(m[2]) };
  };
  const s = p(a);
  const e = p(b);
  return { c1: s.c, r1: s.r, c2: e.c, r2: e.r };
}

export class MockWorkbook {
  sheets: MockSheet[] = [];
  tables: MockTable[] = [];
  settings = new Map<string, string>();
  /** Every write, in order: `format Agents!B5`, `values Agents!B5`… */
  log: string[] = [];
  syncs = 0;
  private nextId = 1;
  /** Makes `worksheets.add(name)` throw for names matching, to simulate a failure midway. */
  failOnAdd?: (name: string, index: number) => boolean;
  private adds = 0;
  /**
   * Fault injection: every call that changes the workbook (add, delete or rename a sheet, add or
   * name a table, write a range, save a setting) and every `sync` counts; the call numbered
   * `failAt` throws, as Excel would midway through a batch (the calls before it have landed).
   */
  failAt?: number;
  /** Whether `sync` lets timers run, as a real round trip to Excel does (off for long fault-injection loops). */
  yieldOnSync = true;
  /** Another way to inject faults: the calls for which it returns true throw. */
  failWhen?: (what: string, call: number) => boolean;
  calls = 0;

  step(what: string): void {
    this.calls++;
    if (this.calls === this.failAt || this.failWhen?.(what, this.calls))
      throw new Error(`Erreur Excel simulée (appel ${this.calls} : ${what})`);
  }

  /** A deep copy (same ids), to replay an operation from the same state. */
  clone(): MockWorkbook {
    const copy = new MockWorkbook();
    const sheets = new Map<MockSheet, MockSheet>();
    copy.sheets = this.sheets.map((s) => {
      const c: MockSheet = {
        ...s,
        cells: new Map([...s.cells].map(([k, v]) => [k, { ...v }])),
        charts: s.charts.map((ch) => ({ ...ch, series: [...ch.series] })),
      };
      sheets.set(s, c);
      return c;
    });
    copy.tables = this.tables.map((t) => ({ ...t, sheet: sheets.get(t.sheet) as MockSheet }));
    copy.settings = new Map(this.settings);
    copy.nextId = this.nextId;
    copy.yieldOnSync = this.yieldOnSync;
    return copy;
  }

  addSheet(name: string, cells: Record<string, string | number | boolean> = {}): MockSheet {
    const sheet: MockSheet = { id: `{id-${this.nextId++}}`, name, cells: new Map(), charts: [] };
    for (const [addr, value] of Object.entries(cells)) sheet.cells.set(addr, { value, format: "General" });
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`feuille absente : ${name}`);
    return s;
  }

  /** The value of a cell (empty string when blank). */
  value(sheet: string, address: string): string | number | boolean {
    return this.sheet(sheet).cells.get(address)?.value ?? "";
  }

  cell(sheet: string, address: string): MockCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  /** Values of a range, as Excel returns them. */
  values(sheet: MockSheet, address: string): (string | number | boolean)[][] {
    const b = bounds(address);
    const out: (string | number | boolean)[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = b.c1; c <= b.c2; c++) row.push(sheet.cells.get(`${colLetter(c)}${r}`)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  /** office.js's `Excel.run`, over this workbook. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  private context() {
    const pending: OfficeMockObject[] = [];
    const collections: (() => void)[] = [];
    const track = (data: Record<string, unknown>) => {
      const o = new OfficeMockObject(data);
      pending.push(o);
      return o as unknown as Record<string, any>;
    };
    const wb = this;

    const readRange = (sheet: MockSheet, address: string) => {
      const b = bounds(address);
      return track({ values: wb.values(sheet, address), rowIndex: b.r1 - 1, columnIndex: b.c1, address: `${sheet.name}!${address}` });
    };

    const each = (sheet: MockSheet, address: string, matrix: unknown, f: (key: string, v: unknown) => void) => {
      const b = bounds(address);
      for (let r = b.r1; r <= b.r2; r++)
        for (let c = b.c1; c <= b.c2; c++) {
          const v = Array.isArray(matrix) ? (matrix as unknown[][])[r - b.r1]?.[c - b.c1] : matrix;
          if (v === undefined) throw new Error(`matrice trop petite pour ${address}`);
          f(`${colLetter(c)}${r}`, v);
        }
    };
    const at = (sheet: MockSheet, key: string): MockCell => {
      let cell = sheet.cells.get(key);
      if (!cell) sheet.cells.set(key, (cell = { value: "", format: "General" }));
      return cell;
    };
    /** What Excel does with a string typed into a cell that is not formatted as text. */
    const interpret = (cell: MockCell, v: unknown) => {
      delete cell.formula;
      if (typeof v === "string" && cell.format !== "@") {
        if (/^[=+@]|^-\D/.test(v)) {
          cell.formula = v.startsWith("=") ? v : `=${v}`;
          cell.value = "#NAME?";
          return;
        }
        if (/^-?\d+(\.\d+)?$/.test(v.trim())) {
          cell.value = Number(v);
          return;
        }
      }
      cell.value = v as string | number | boolean;
    };

    const writeRange = (sheet: MockSheet, address: string) => {
      const where = `${sheet.name}!${address}`;
      const range = track({ address: where }) as any;
      const validation: Record<string, unknown> = {};
      Object.defineProperty(range, "numberFormat", {
        set: (m) => {
          wb.step(`format ${where}`);
          wb.log.push(`format ${where}`);
          each(sheet, address, m, (k, v) => (at(sheet, k).format = String(v)));
        },
      });
      Object.defineProperty(range, "values", {
        set: (m) => {
          wb.step(`values ${where}`);
          wb.log.push(`values ${where}`);
          each(sheet, address, m, (k, v) => interpret(at(sheet, k), v));
        },
      });
      Object.defineProperty(range, "formulas", {
        set: (m) => {
          wb.step(`formulas ${where}`);
          wb.log.push(`formulas ${where}`);
          each(sheet, address, m, (k, v) => {
            const cell = at(sheet, k);
            if (typeof v === "string" && v.startsWith("=")) {
              cell.formula = v;
              cell.value = 0;
            } else interpret(cell, v);
          });
        },
      });
      range.format = { font: {}, autofitColumns: () => {} };
      range.dataValidation = new Proxy(validation, {
        set: (_t, prop, value) => {
          each(sheet, address, null, (k) => (at(sheet, k).validation = { ...(at(sheet, k).validation as object), [prop]: value }));
          return true;
        },
      });
      range.select = () => wb.log.push(`select ${where}`);
      return range;
    };

    const worksheet = (sheet: MockSheet) => {
      const ws = track({ id: sheet.id, name: sheet.name }) as any;
      Object.defineProperty(ws, "name", {
        get: () => sheet.name,
        set: (name: string) => {
          wb.step(`rename ${sheet.name}`);
          if (wb.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`nom déjà pris : ${name}`);
          wb.log.push(`rename ${sheet.name} -> ${name}`);
          sheet.name = name;
        },
      });
      ws.getRange = (address: string) => writeRange(sheet, address);
      ws.getUsedRangeOrNullObject = () => {
        const filled = [...sheet.cells].filter(([, c]) => c.value !== "" || c.formula).map(([k]) => bounds(k));
        if (filled.length === 0) return Object.assign(track({ formulas: [], rowIndex: 0, columnIndex: 0 }), { isNullObject: true });
        const r1 = Math.min(...filled.map((b) => b.r1));
        const r2 = Math.max(...filled.map((b) => b.r1));
        const c1 = Math.min(...filled.map((b) => b.c1));
        const c2 = Math.max(...filled.map((b) => b.c1));
        const formulas: unknown[][] = [];
        for (let r = r1; r <= r2; r++) {
          const row: unknown[] = [];
          for (let c = c1; c <= c2; c++) {
            const cell = sheet.cells.get(`${colLetter(c)}${r}`);
            row.push(cell?.formula ?? cell?.value ?? "");
          }
          formulas.push(row);
        }
        return Object.assign(track({ formulas, rowIndex: r1 - 1, columnIndex: c1 }), { isNullObject: false });
      };
      ws.activate = () => wb.log.push(`activate ${sheet.name}`);
      ws.delete = () => {
        wb.step(`delete ${sheet.name}`);
        wb.log.push(`delete ${sheet.name}`);
        wb.sheets = wb.sheets.filter((s) => s !== sheet);
        wb.tables = wb.tables.filter((t) => t.sheet !== sheet);
      };
      ws.tables = {
        add: (address: string) => {
          wb.step(`table ${sheet.name}!${address}`);
          const table: MockTable = { name: `Tableau${wb.tables.length + 1}`, sheet, address, showTotals: false };
          wb.tables.push(table);
          wb.log.push(`table ${sheet.name}!${address}`);
          return {
            set name(n: string) {
              wb.step(`table name ${n}`);
              if (wb.tables.some((t) => t !== table && t.name.toLowerCase() === n.toLowerCase()))
                throw new Error(`nom de tableau déjà pris : ${n}`);
              table.name = n;
            },
            set showTotals(v: boolean) {
              table.showTotals = v;
            },
            style: "",
          };
        },
      };
      ws.charts = {
        add: (type: string) => {
          const chart = { type, title: undefined as string | undefined, series: ["série 1"] };
          sheet.charts.push(chart);
          return {
            series: {
              getItemAt: () => ({ setXAxisValues: () => {} }),
              add: (name: string) => {
                chart.series.push(name);
                return { setValues: () => {}, setXAxisValues: () => {} };
              },
            },
            title: {
              set text(t: string) {
                chart.title = t;
              },
            },
            legend: {},
            setPosition: () => {},
          };
        },
      };
      ws.freezePanes = { freezeRows: (n: number) => (sheet.frozenRows = n) };
      return ws;
    };

    const renameTable = (from: string, to: string) => {
      wb.step(`table rename ${from}`);
      const t = wb.tables.find((x) => x.name === from);
      if (!t) throw new Error(`tableau absent : ${from}`);
      if (wb.tables.some((x) => x !== t && x.name.toLowerCase() === to.toLowerCase())) throw new Error(`nom de tableau déjà pris : ${to}`);
      t.name = to;
    };

    const find = (key: string) => wb.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());

    const worksheets: any = {
      load: () => {
        worksheets.items = "Error, context.sync() was not called";
        collections.push(() => (worksheets.items = wb.sheets.map((s) => ({ id: s.id, name: s.name }))));
      },
      getItemOrNullObject: (name: string) => {
        const s = find(name);
        if (s) return Object.assign(worksheet(s), { isNullObject: false });
        return Object.assign(track({}), { isNullObject: true });
      },
      getItem: (key: string) => {
        const s = find(key);
        if (!s) throw new Error(`ItemNotFound: ${key}`);
        return worksheet(s);
      },
      add: (name: string) => {
        wb.step(`add ${name}`);
        if (wb.failOnAdd?.(name, wb.adds++)) throw new Error("Erreur Excel simulée pendant l'ajout d'une feuille");
        if (find(name)) throw new Error(`nom déjà pris : ${name}`);
        wb.log.push(`add ${name}`);
        return worksheet(wb.addSheet(name));
      },
    };

    const tables: any = {
      load: () => {
        tables.items = "Error, context.sync() was not called";
        collections.push(
          () => (tables.items = wb.tables.map((t) => ({ name: t.name, worksheet: { id: t.sheet.id, name: t.sheet.name } }))),
        );
      },
      getItem: (name: string) => ({
        set name(to: string) {
          renameTable(name, to);
        },
      }),
      getItemOrNullObject: (name: string) => {
        const t = wb.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t) return Object.assign(track({}), { isNullObject: true });
        const b = bounds(t.address);
        const lastData = t.showTotals ? b.r2 - 1 : b.r2;
        const table = track({ worksheet: { name: t.sheet.name } });
        table.isNullObject = false;
        table.getHeaderRowRange = () => readRange(t.sheet, `${colLetter(b.c1)}${b.r1}:${colLetter(b.c2)}${b.r1}`);
        table.getDataBodyRange = () => readRange(t.sheet, `${colLetter(b.c1)}${b.r1 + 1}:${colLetter(b.c2)}${lastData}`);
        return table;
      },
    };

    const settings = {
      getItemOrNullObject: (key: string) => {
        const o = track({ value: wb.settings.get(key) });
        o.isNullObject = !wb.settings.has(key);
        return o;
      },
      add: (key: string, value: string) => {
        wb.step(`setting ${key}`);
        wb.log.push(`setting ${key}`);
        wb.settings.set(key, value);
      },
    };

    return {
      workbook: { worksheets, tables, settings },
      sync: async () => {
        wb.step("sync");
        wb.syncs++;
        // Every object of the batch, as Excel refreshes whatever was loaded on each sync.
        for (const o of pending) await OfficeMockObject.prototype.sync.call(o);
        for (const f of collections.splice(0)) f();
        if (wb.yieldOnSync) await new Promise((r) => setTimeout(r, 0));
      },
    };
  }
}
