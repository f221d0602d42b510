import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PUBLIC_URL, DEV_BASE_URL, normalisePublicUrl, rewriteManifestUrls } from "../../scripts/manifest-urls.js";
import { checkManifest, pngSize } from "./check-manifest";
import { parseXml, XmlSyntaxError } from "./xml";

const repo = join(import.meta.dirname, "..", "..");
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");
const dev = { baseUrl: DEV_BASE_URL, root: repo, pagesMustExist: false };

describe("the strict XML parser", () => {
  it("reads elements, attributes, text, entities and comments", () => {
    const root = parseXml(`<?xml version="1.0"?>\n<!-- c --><a x='1' y="&lt;&#65;&#x42;&amp;"><b/>t &quot;q&quot;<!-- in --><c:d>e</c:d></a>\n`);
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1", y: "<AB&" });
    expect(root.children.map((c) => c.name)).toEqual(["b", "c:d"]);
    expect(root.text).toBe('t "q"');
    expect(root.children[1]?.text).toBe("e");
  });

  it.each([
    ["a mismatched closing tag", "<a><b></a></b>", /closes <b>/],
    ["an element never closed", "<a><b/>", /never closed/],
    ["an unquoted attribute", "<a x=1/>", /must be quoted/],
    ["a duplicate attribute", '<a x="1" x="2"/>', /duplicate attribute x/],
    ["an unknown entity", "<a>&nbsp;</a>", /unknown entity/],
    ["a bare ampersand", "<a>fish & chips</a>", /unterminated entity/],
    ["two root elements", "<a/><b/>", /after the root/],
    ["'--' inside a comment", "<!-- a -- b --><a/>", /'--'/],
    ["'<' inside an attribute", '<a x="<"/>', /'<' is not allowed/],
    ["attributes without whitespace between them", '<a x="1"y="2"/>', /whitespace/],
  ])("rejects %s", (_label, source, message) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
    expect(() => parseXml(source)).toThrow(message);
  });

  it("reports the line of the error", () => {
    expect(() => parseXml("<a>\n<b>\n</c>\n</a>")).toThrow(/XML line 3/);
  });
});

describe("pngSize", () => {
  it("reads the pixel size of the committed icons", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(repo, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
  it("rejects bytes that are not a PNG", () => {
    expect(() => pngSize(Buffer.from("GIF89a............................"))).toThrow(/not a PNG/);
  });
});

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(manifest, dev)).toEqual([]);
  });

  it("asks for ReadWriteDocument on the Workbook host with a Home tab button that shows the task pane", () => {
    const root = parseXml(manifest);
    const text = JSON.stringify(root);
    expect(text).toContain('"id":"TabHome"');
    expect(text).toContain('"xsi:type":"ShowTaskpane"');
    expect(root.children.find((c) => c.name === "Permissions")?.text).toBe("ReadWriteDocument");
  });

  // The checks themselves must be able to fail: each mutation below breaks one rule.
  it.each([
    ["a resid with no resource", (m: string) => m.replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Taskpane.Gone"'), /"Taskpane.Url" .* has no resource/],
    ["an element out of order", (m: string) => m.replace("<Permissions>ReadWriteDocument</Permissions>", "").replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n<DefaultSettings>"), /<Permissions> is out of the schema's order/],
    ["a missing required element", (m: string) => m.replace(/<SupportUrl [^>]*\/>/, ""), /no <SupportUrl>/],
    ["a plain http URL", (m: string) => m.replace('"https://localhost:3000/help.html"/>\n  <AppDomains>', '"http://localhost:3000/help.html"/>\n  <AppDomains>'), /not https/],
    ["an icon of the wrong size", (m: string) => m.replace('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"'), /is 16x16, must be 32x32/],
    ["an icon file that does not exist", (m: string) => m.replace("assets/icon-80.png", "assets/icon-81.png"), /has no file/],
    ["a label pointing at a long string", (m: string) => m.replace('<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'), /must be in ShortStrings, not LongStrings/],
    ["an unused resource", (m: string) => m.replace("</bt:ShortStrings>", '<bt:String id="Spare" DefaultValue="x"/></bt:ShortStrings>'), /"Spare" is never used/],
    ["malformed XML", (m: string) => m.replace("</Hosts>", "</Host>"), /not well-formed/],
  ])("catches %s", (_label, mutate, problem) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    expect(checkManifest(mutated, dev).join("\n")).toMatch(problem);
  });
});

describe("the production rewrite of manifest.xml", () => {
  it("moves every URL to the public base and leaves no localhost", () => {
    const rewritten = rewriteManifestUrls(manifest, "https://addins.example.net/mentorship");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://addins.example.net/mentorship/taskpane.html"/>');
    expect(rewritten).toContain("<AppDomain>https://addins.example.net</AppDomain>");
    expect(checkManifest(rewritten, { ...dev, baseUrl: "https://addins.example.net/mentorship/" })).toEqual([]);
  });

  it("refuses a base URL Office would not load", () => {
    expect(() => normalisePublicUrl("http://example.org/")).toThrow(/https/);
    expect(() => normalisePublicUrl("example.org")).toThrow(/not a URL/);
    expect(() => normalisePublicUrl("https://example.org/?v=1")).toThrow(/query/);
    expect(normalisePublicUrl(DEFAULT_PUBLIC_URL)).toBe(DEFAULT_PUBLIC_URL);
  });

  it("passes every offline check in the build (dist/manifest.xml, or the rewrite itself before any build)", () => {
    const built = join(repo, "dist", "manifest.xml");
    if (existsSync(built)) {
      const xml = readFileSync(built, "utf8");
      const source = /<SourceLocation DefaultValue="([^"]*)taskpane\.html"/.exec(xml);
      expect(source, "dist/manifest.xml has no task pane SourceLocation").not.toBeNull();
      const baseUrl = source?.[1] ?? "";
      expect(checkManifest(xml, { baseUrl, root: join(repo, "dist"), pagesMustExist: true })).toEqual([]);
    } else {
      const xml = rewriteManifestUrls(manifest, DEFAULT_PUBLIC_URL);
      expect(checkManifest(xml, { ...dev, baseUrl: DEFAULT_PUBLIC_URL })).toEqual([]);
    }
  });
});
