import { getHeapStatistics } from "node:v8";
import { usageError } from "./io";

/**
 * Memory a computation needs, measured (README, Limites): one year's result, about 7 Kio per
 * structure with its traces (28 000 structures run in a 200 Mo heap and crash in 120 Mo), 4 Kio
 * without, and the scenario itself. The output is written as it is made and holds nothing. A
 * workbook is built whole in memory before it is written: about 80 Kio per structure it holds
 * (2 800 structures crash in a 200 Mo heap and are written in 300 Mo), counted for
 * `workbookStructures` (the convention's, or the largest manager's for one file per manager).
 */
export function estimatedMemory(structures: number, traces: boolean, workbookStructures = 0): number {
  return 64 * 2 ** 20 + structures * (traces ? 7 : 4) * 1024 + workbookStructures * 80 * 1024;
}

/** Which workbooks a computation writes: the whole convention's, one per manager, or none. */
export interface Workbooks {
  whole: boolean;
  perManager: boolean;
}

/**
 * Refuses up front, with the estimate, a computation that cannot fit in the heap Node was given,
 * rather than crash. `others` are scenarios whose results are held at the same time (the second
 * side of a comparison): their structures are counted with `data`'s.
 */
export function checkMemory(
  data: unknown,
  traces: boolean,
  workbooks: Workbooks = { whole: false, perManager: false },
  others: readonly unknown[] = [],
): void {
  let structures = 0;
  let largest = 0;
  for (const one of [data, ...others]) {
    const managers = (one as { managers?: unknown })?.managers;
    if (Array.isArray(managers))
      for (const m of managers) {
        const list = (m as { structures?: unknown })?.structures;
        if (Array.isArray(list)) {
          structures += list.length;
          largest = Math.max(largest, list.length);
        }
      }
  }
  const inBook = workbooks.whole ? structures : workbooks.perManager ? largest : 0;
  const need = estimatedMemory(structures, traces, inBook);
  const limit = getHeapStatistics().heap_size_limit;
  if (need <= limit) return;
  const go = (bytes: number) => (bytes / 2 ** 30).toFixed(2).replace(".", ",");
  const advised = Math.ceil((need * 1.5) / 2 ** 28) * 256;
  const book = workbooks.whole ? ", classeur .xlsx compris" : workbooks.perManager ? ", classeurs par gestionnaire compris" : "";
  throw usageError(
    `fs-ctec : ce calcul demanderait environ ${go(need)} Go de mémoire (${structures} structures${traces ? ", traces comprises" : ""}${book}), plus que les ${go(limit)} Go permis à Node ici ; relancez avec NODE_OPTIONS=--max-old-space-size=${advised}${traces ? " ou avec --sans-traces" : ""}`,
  );
}
