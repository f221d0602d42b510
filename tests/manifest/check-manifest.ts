// Offline checks of the add-in manifest: what `office-addin-manifest validate` would catch
// without its network round trip, plus what it does not check (icon files and their sizes).
// Returns problems as sentences so a failing test says what to fix.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { localName, parseXml, walk, type XmlElement } from "./xml";

/** The OfficeApp children the schema requires (or we rely on), in the schema's order. */
export const OFFICE_APP_ORDER = [
  "Id",
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
] as const;

export interface ManifestLocation {
  /** The URL every file URL in the manifest must start with. */
  baseUrl: string;
  /** The folder that `baseUrl` serves: files are looked up under it. */
  root: string;
  /** Also require the pages (taskpane.html ...) to exist under root: true for a build. */
  pagesMustExist: boolean;
}

/** Pixel size of a PNG, from its IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Which resource list a resid must come from, by the element that uses it.
function expectedResourceKind(user: XmlElement): string {
  const name = localName(user.name);
  if (name === "Image") return "Images";
  if (name === "SourceLocation" || name === "FunctionFile" || name === "LearnMoreUrl") return "Urls";
  if (name === "Description") return "LongStrings";
  return "ShortStrings"; // Label, Title
}

export function checkManifest(xml: string, location: ManifestLocation): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  if (root.name !== "OfficeApp") problems.push(`the root element is <${root.name}>, not <OfficeApp>`);
  if (root.attributes["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp must have xsi:type="TaskPaneApp"');

  // Required children, once each, in schema order (optional ones may sit between them).
  const childNames = root.children.map((child) => child.name);
  let previous = -1;
  for (const required of OFFICE_APP_ORDER) {
    const count = childNames.filter((name) => name === required).length;
    if (count === 0) {
      problems.push(`OfficeApp has no <${required}>`);
      continue;
    }
    if (count > 1) problems.push(`OfficeApp has ${count} <${required}> elements`);
    const at = childNames.indexOf(required);
    if (at < previous) problems.push(`<${required}> is out of the schema's order (it must come after <${childNames[previous]}>)`);
    previous = Math.max(previous, at);
  }
  const child = (name: string): XmlElement | undefined => root.children.find((c) => c.name === name);

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(child("Id")?.text ?? "")) {
    problems.push("<Id> must be a GUID");
  }
  if (!/^\d+(\.\d+){0,3}$/.test(child("Version")?.text ?? "")) problems.push("<Version> must look like 1.0.0.0");
  const hosts = child("Hosts")?.children.map((host) => host.attributes.Name) ?? [];
  if (hosts.join() !== "Workbook") problems.push(`<Hosts> must name only Workbook, found: ${hosts.join(", ") || "none"}`);
  if (child("Permissions")?.text !== "ReadWriteDocument") problems.push("<Permissions> must be ReadWriteDocument");
  const excelSet = [...walk(child("Requirements") ?? root)].find(
    (e) => localName(e.name) === "Set" && e.attributes.Name === "ExcelApi",
  );
  if (!excelSet || !/^1\.\d+$/.test(excelSet.attributes.MinVersion ?? "")) {
    problems.push("<Requirements> must name the ExcelApi set with a MinVersion");
  }

  // Resources: ids unique, every resid resolves to the right list, nothing unused.
  const overrides = child("VersionOverrides");
  const resources = overrides?.children.find((c) => localName(c.name) === "Resources");
  const resourceKind = new Map<string, string>();
  const resourceUrl = new Map<string, string>();
  for (const list of resources?.children ?? []) {
    for (const item of list.children) {
      const id = item.attributes.id;
      if (!id) {
        problems.push(`a <${item.name}> in <${list.name}> has no id (line ${item.line})`);
        continue;
      }
      if (resourceKind.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resourceKind.set(id, localName(list.name));
      if (list.name.endsWith("Images") || list.name.endsWith("Urls")) resourceUrl.set(id, item.attributes.DefaultValue ?? "");
    }
  }
  const used = new Set<string>();
  const iconUses: { url: string; size: number; where: string }[] = [];
  const visit = (element: XmlElement): void => {
    const resid = element.attributes.resid;
    if (resid !== undefined) {
      used.add(resid);
      const kind = resourceKind.get(resid);
      const expected = expectedResourceKind(element);
      if (resid.length > 32) problems.push(`resid "${resid}" is longer than the schema's 32 characters`);
      if (!kind) problems.push(`resid "${resid}" (line ${element.line}) has no resource in <Resources>`);
      else if (kind !== expected) problems.push(`resid "${resid}" on <${element.name}> must be in ${expected}, not ${kind}`);
      if (localName(element.name) === "Image" && kind === "Images") {
        iconUses.push({ url: resourceUrl.get(resid) ?? "", size: Number(element.attributes.size), where: `resid ${resid}` });
      }
    }
    for (const c of element.children) visit(c);
  };
  if (overrides) visit(overrides);
  for (const id of resourceKind.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);

  // Every URL is absolute https under the base the manifest is meant for.
  const urls: { url: string; where: string }[] = [];
  for (const element of walk(root)) {
    const name = localName(element.name);
    if (name === "AppDomain") urls.push({ url: element.text, where: "AppDomain" });
    for (const [attribute, value] of Object.entries(element.attributes)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !attribute.startsWith("xmlns")) urls.push({ url: value, where: `<${element.name}>` });
    }
  }
  for (const { url, where } of urls) {
    if (!url.startsWith("https://")) problems.push(`${where} URL is not https: ${url}`);
    else if (where !== "AppDomain" && !url.startsWith(location.baseUrl)) problems.push(`${where} URL is not under ${location.baseUrl}: ${url}`);
  }
  if (urls.some((u) => u.where === "AppDomain" && !location.baseUrl.startsWith(u.url))) {
    problems.push(`<AppDomain> must be the origin of ${location.baseUrl}`);
  }

  // Icon files exist under root with the pixel size the manifest promises.
  const iconUrl = child("IconUrl")?.attributes.DefaultValue ?? "";
  const highResolutionIconUrl = child("HighResolutionIconUrl")?.attributes.DefaultValue ?? "";
  iconUses.push({ url: iconUrl, size: 32, where: "IconUrl" }, { url: highResolutionIconUrl, size: 64, where: "HighResolutionIconUrl" });
  for (const { url, size, where } of iconUses) {
    if (!url.startsWith(location.baseUrl)) continue; // already reported above
    const file = join(location.root, url.slice(location.baseUrl.length));
    if (!existsSync(file)) {
      problems.push(`${where}: ${url} has no file ${file}`);
      continue;
    }
    try {
      const { width, height } = pngSize(readFileSync(file));
      if (width !== size || height !== size) problems.push(`${where}: ${file} is ${width}x${height}, must be ${size}x${size}`);
    } catch (error) {
      problems.push(`${where}: ${file} is ${(error as Error).message}`);
    }
  }

  if (location.pagesMustExist) {
    for (const { url, where } of urls) {
      if (where === "AppDomain" || !url.startsWith(location.baseUrl)) continue;
      const file = join(location.root, url.slice(location.baseUrl.length));
      if (!existsSync(file)) problems.push(`${where}: ${url} has no file ${file} in the build`);
    }
  }
  return problems;
}
