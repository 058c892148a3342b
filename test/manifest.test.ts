/**
 * manifest.xml, checked offline (Microsoft's validation service is online: `npm run validate`).
 * Well-formed, elements in the order of the schema where it matters, every resid resolved,
 * every URL served by a built file, the fr-FR metadata override, the runtime and permissions
 * chosen in docs/excel.md.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { builtDist, BUILD_TIMEOUT_MS, ROOT } from "./support/build";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, productionUrl, rebase } = require("../scripts/manifest-url");

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

function toElement(node: Record<string, unknown>): Element {
  const name = Object.keys(node).find((k) => k !== ":@")!;
  const content = (node[name] as Record<string, unknown>[]) ?? [];
  return {
    name,
    attributes: (node[":@"] as Record<string, string>) ?? {},
    children: content.filter((c) => !("#text" in c)).map(toElement),
    text: content
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join(""),
  };
}

function parse(xml: string): Element {
  const nodes = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
  }).parse(xml);
  return toElement(nodes.find((n: Record<string, unknown>) => "OfficeApp" in n));
}

function all(e: Element, predicate: (e: Element) => boolean): Element[] {
  return [...(predicate(e) ? [e] : []), ...e.children.flatMap((c) => all(c, predicate))];
}

function child(e: Element, name: string): Element {
  const found = e.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${e.name}> has no <${name}>`);
  return found;
}

/** True when the names that occur in `actual` occur in the order of `schema`. */
function inSchemaOrder(actual: string[], schema: string[]): boolean {
  const positions = actual.map((n) => schema.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]));
}

const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const app = parse(xml);
const overrides = child(app, "VersionOverrides");
const resources = child(overrides, "Resources");
const resourceIds = (kind: string) => child(resources, kind).children.map((c) => c.attributes.id);

let dist: string;
beforeAll(async () => {
  dist = await builtDist();
}, BUILD_TIMEOUT_MS);

test("well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("a workbook task pane add-in with a fixed id, version and ReadWriteDocument only", () => {
  expect(app.attributes["xsi:type"]).toBe("TaskPaneApp");
  expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(child(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(child(child(app, "Hosts"), "Host").attributes.Name).toBe("Workbook");
  expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
  expect(app.children.some((c) => c.name === "AppDomains")).toBe(false);
});

test("the children of OfficeApp, VersionOverrides, the host and Resources are in the order of the schema", () => {
  const officeApp = [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ];
  expect(
    inSchemaOrder(
      app.children.map((c) => c.name),
      officeApp,
    ),
  ).toBe(true);
  expect(
    inSchemaOrder(
      overrides.children.map((c) => c.name),
      ["Description", "Requirements", "Hosts", "Resources"],
    ),
  ).toBe(true);
  const host = child(child(overrides, "Hosts"), "Host");
  expect(
    inSchemaOrder(
      host.children.map((c) => c.name),
      ["AllFormFactors", "DesktopFormFactor"],
    ),
  ).toBe(true);
  expect(
    inSchemaOrder(
      child(host, "DesktopFormFactor").children.map((c) => c.name),
      ["GetStarted", "FunctionFile", "ExtensionPoint"],
    ),
  ).toBe(true);
  expect(
    inSchemaOrder(
      resources.children.map((c) => c.name),
      ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
    ),
  ).toBe(true);
});

test("every resid resolves to a resource of the right kind, and every resource is used", () => {
  const used = all(overrides, (e) => "resid" in e.attributes);
  const kindOf = (e: Element) =>
    e.name === "bt:Image"
      ? "bt:Images"
      : e.name === "SourceLocation" || e.name === "FunctionFile"
        ? "bt:Urls"
        : e.name === "Description"
          ? "bt:LongStrings"
          : "bt:ShortStrings";
  for (const e of used)
    expect({ element: e.name, resid: e.attributes.resid, found: resourceIds(kindOf(e)).includes(e.attributes.resid) }).toMatchObject({
      found: true,
    });
  const declared = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].flatMap(resourceIds);
  expect(new Set(declared).size).toBe(declared.length);
  expect([...new Set(used.map((e) => e.attributes.resid))].sort()).toEqual([...declared].sort());
});

test("custom functions in the JavaScript-only runtime: namespace FS, script, page, metadata; no shared runtime", () => {
  const point = all(overrides, (e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions")[0];
  expect(point.children.map((c) => c.name)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
  const strings = child(resources, "bt:ShortStrings").children;
  expect(strings.find((s) => s.attributes.id === child(point, "Namespace").attributes.resid)!.attributes.DefaultValue).toBe("FS");
  expect(all(app, (e) => e.name === "Runtimes" || e.name === "Runtime")).toEqual([]);
  const sets = child(child(app, "Requirements"), "Sets").children.map((s) => `${s.attributes.Name} ${s.attributes.MinVersion}`);
  expect(sets).toEqual(["CustomFunctionsRuntime 1.2", "ExcelApi 1.8"]);
});

test("a ribbon button on the Home tab opens the task pane", () => {
  const button = all(overrides, (e) => e.name === "Control" && e.attributes["xsi:type"] === "Button")[0];
  const action = child(button, "Action");
  expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
  expect(child(action, "SourceLocation").attributes.resid).toBe("Taskpane.Url");
  expect(all(overrides, (e) => e.name === "OfficeTab")[0].attributes.id).toBe("TabHome");
});

test("fr-FR: the French metadata file, and French display name, description and button", () => {
  const urls = child(resources, "bt:Urls").children;
  const metadata = urls.find((u) => u.attributes.id === "Functions.Metadata.Url")!;
  expect(metadata.attributes.DefaultValue).toBe(`${DEV_URL}functions.json`);
  expect(metadata.children.map((o) => [o.name, o.attributes.Locale, o.attributes.Value])).toEqual([
    ["bt:Override", "fr-FR", `${DEV_URL}functions.fr-FR.json`],
  ]);
  for (const name of ["DisplayName", "Description"]) expect(child(child(app, name), "Override").attributes.Locale).toBe("fr-FR");
  const button = child(resources, "bt:ShortStrings").children.find((s) => s.attributes.id === "TaskpaneButton.Label")!;
  expect(child(button, "bt:Override").attributes).toEqual({ Locale: "fr-FR", Value: "Ouvrir le volet" });
});

test("every URL is on the development server and served by a file of the build", () => {
  const urls = all(app, () => true).flatMap((e) =>
    [e.attributes.DefaultValue, e.attributes.Value].filter((v) => v?.startsWith("https://")),
  );
  expect(urls.length).toBeGreaterThanOrEqual(12);
  for (const url of urls) {
    expect(url.startsWith(DEV_URL)).toBe(true);
    expect({ url, built: fs.existsSync(path.join(dist, url.slice(DEV_URL.length))) }).toEqual({ url, built: true });
  }
});

test("the icons are PNG files of the sizes the manifest declares", () => {
  const size = (file: string) => {
    const png = fs.readFileSync(path.join(dist, file));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    return png.readUInt32BE(16);
  };
  for (const image of child(resources, "bt:Images").children)
    expect(size(image.attributes.DefaultValue.slice(DEV_URL.length))).toBe(Number(image.attributes.id.match(/(\d+)x/)![1]));
  expect(size(child(app, "IconUrl").attributes.DefaultValue.slice(DEV_URL.length))).toBe(32);
  expect(size(child(app, "HighResolutionIconUrl").attributes.DefaultValue.slice(DEV_URL.length))).toBe(64);
});

test("production: every development URL becomes ADDIN_BASE_URL; http is refused", () => {
  const base = productionUrl("https://complements.exemple.fr/fs");
  expect(base).toBe("https://complements.exemple.fr/fs/");
  const rebased = rebase(xml, base);
  expect(rebased).not.toContain(DEV_URL);
  expect(rebased.split(base).length - 1).toBe(xml.split(DEV_URL).length - 1);
  expect(parse(rebased).children.map((c) => c.name)).toEqual(app.children.map((c) => c.name));
  expect(() => productionUrl("http://complements.exemple.fr/")).toThrow(/https/);
  expect(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8")).toBe(xml);
});

test("office-addin-manifest reads it offline (`office-addin-manifest info manifest.xml`)", () => {
  const cli = path.join(path.dirname(require.resolve("office-addin-manifest/package.json")), "cli.js");
  const out = execFileSync(process.execPath, [cli, "info", "manifest.xml"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_LEVEL: "off" },
  });
  expect(out).toContain(`Id: ${child(app, "Id").text}`);
  expect(out).toContain("Hosts: Workbook");
  expect(out).toContain("Permissions: ReadWriteDocument");
});
