/**
 * Finds, in a JavaScript program, what would run a string as code: `eval` in any form (called,
 * indirect as `(0, eval)`, through an object as `window.eval`, or taken as a value), `Function`
 * called or constructed (also through an object or a comma), and a string given to setTimeout or
 * setInterval. What cannot be seen without running the code (`x.constructor("…")`) is left to the
 * Content-Security-Policy, whose refusal the browser test shows.
 */
import * as acorn from "acorn";

type Node = acorn.Node & Record<string, unknown>;

/** The name a callee or reference ends with: `eval`, `(0, eval)`, `window.eval`, `g["eval"]`. */
function nameOf(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case "Identifier":
      return node.name as string;
    case "SequenceExpression": {
      const list = node.expressions as Node[];
      return nameOf(list[list.length - 1]);
    }
    case "ChainExpression":
    case "ParenthesizedExpression":
      return nameOf(node.expression as Node);
    case "MemberExpression": {
      const property = node.property as Node;
      if (!node.computed && property.type === "Identifier") return property.name as string;
      if (node.computed && property.type === "Literal" && typeof property.value === "string") return property.value;
      return undefined;
    }
    default:
      return undefined;
  }
}

const isString = (node: Node | undefined) =>
  !!node && ((node.type === "Literal" && typeof node.value === "string") || node.type === "TemplateLiteral");

export interface EvalLike {
  what: string;
  /** The source around it, for the failure message. */
  at: string;
}

/** Every eval-like construct of `code` (an ES script, or a module when it does not parse as one). */
export function evalLike(code: string): EvalLike[] {
  let program: acorn.Node;
  try {
    program = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" });
  } catch {
    program = acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" });
  }
  const found: EvalLike[] = [];
  const report = (what: string, node: acorn.Node) =>
    found.push({ what, at: code.slice(Math.max(0, node.start - 40), Math.min(code.length, node.end + 40)) });

  const visit = (node: Node): void => {
    if (node.type === "Identifier" && node.name === "eval") report("eval", node);
    if (node.type === "MemberExpression" && nameOf(node) === "eval") report("eval", node);
    if ((node.type === "CallExpression" || node.type === "NewExpression") && nameOf(node.callee as Node) === "Function")
      report(node.type === "NewExpression" ? "new Function" : "Function()", node);
    if (node.type === "CallExpression" && /^(setTimeout|setInterval)$/.test(nameOf(node.callee as Node) ?? ""))
      if (isString((node.arguments as Node[])[0])) report("string given to a timer", node);
    for (const [key, value] of Object.entries(node)) {
      // A property's name is not a reference: `o.eval` is seen above, `{ eval: 1 }` is harmless.
      if (key === "property" && node.type === "MemberExpression" && !node.computed) continue;
      if (key === "key" && !node.computed) continue;
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof child === "object" && typeof (child as Node).type === "string") visit(child as Node);
    }
  };
  visit(program as Node);
  return found;
}
