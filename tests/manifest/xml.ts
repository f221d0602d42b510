// A small strict XML parser for the offline manifest test. Node has no DOMParser and the
// project wants no XML dependency; the manifest uses a narrow slice of XML (declaration,
// comments, elements, attributes, text, the five predefined entities and character
// references), so this accepts exactly that and throws on anything malformed, with the line.

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside this element, entities decoded, trimmed. */
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`XML line ${line}: ${message}`);
    this.name = "XmlSyntaxError";
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const lineAt = (at: number): number => source.slice(0, at).split("\n").length;
  const fail = (message: string, at = pos): never => {
    throw new XmlSyntaxError(message, lineAt(at));
  };

  const decode = (raw: string, at: number): string => {
    if (raw.includes("<")) fail("'<' is not allowed in text or attribute values", at);
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(";")) fail(`unterminated entity "${whole}"`, at);
      if (ref.startsWith("#x")) return String.fromCodePoint(parseHex(ref.slice(2), at));
      if (ref.startsWith("#")) return String.fromCodePoint(parseDec(ref.slice(1), at));
      const value = ENTITIES[ref];
      if (value === undefined) return fail(`unknown entity "&${ref};"`, at);
      return value;
    });
  };
  const parseHex = (digits: string, at: number): number =>
    /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : fail(`bad character reference "&#x${digits};"`, at);
  const parseDec = (digits: string, at: number): number =>
    /^[0-9]+$/.test(digits) ? parseInt(digits, 10) : fail(`bad character reference "&#${digits};"`, at);

  const skipSpace = (): void => {
    while (pos < source.length && /\s/.test(source[pos] ?? "")) pos++;
  };
  const readName = (): string => {
    const match = NAME.exec(source.slice(pos));
    if (!match) return fail("expected a name");
    pos += match[0].length;
    return match[0];
  };
  const expect = (token: string): void => {
    if (!source.startsWith(token, pos)) fail(`expected "${token}"`);
    pos += token.length;
  };
  const skipComment = (): void => {
    const end = source.indexOf("-->", pos + 4);
    if (end < 0) fail("unterminated comment");
    if (source.slice(pos + 4, end).includes("--")) fail("'--' is not allowed inside a comment");
    pos = end + 3;
  };
  // Comments, and whitespace between them, may appear around the root element.
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (source.startsWith("<!--", pos)) skipComment();
      else return;
    }
  };

  const readAttributes = (): Record<string, string> => {
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (source.startsWith("/>", pos) || source.startsWith(">", pos) || source.startsWith("?>", pos)) return attributes;
      if (pos === before) fail("expected whitespace before an attribute");
      const name = readName();
      skipSpace();
      expect("=");
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${name} value must be quoted`);
      const end = source.indexOf(quote ?? "", pos + 1);
      if (end < 0) fail(`unterminated value of attribute ${name}`);
      if (Object.hasOwn(attributes, name)) fail(`duplicate attribute ${name}`);
      attributes[name] = decode(source.slice(pos + 1, end), pos);
      pos = end + 1;
    }
  };

  const readElement = (): XmlElement => {
    const line = lineAt(pos);
    expect("<");
    const name = readName();
    const element: XmlElement = { name, attributes: readAttributes(), children: [], text: "", line };
    if (source.startsWith("/>", pos)) {
      pos += 2;
      return element;
    }
    expect(">");
    let text = "";
    for (;;) {
      if (pos >= source.length) fail(`element <${name}> (line ${line}) is never closed`);
      if (source.startsWith("</", pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}> opened on line ${line}`);
        skipSpace();
        expect(">");
        element.text = text.trim();
        return element;
      }
      if (source.startsWith("<!--", pos)) skipComment();
      else if (source.startsWith("<![CDATA[", pos)) {
        const end = source.indexOf("]]>", pos);
        if (end < 0) fail("unterminated CDATA section");
        text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (source.startsWith("<!", pos) || source.startsWith("<?", pos)) fail("unsupported markup declaration");
      else if (source.startsWith("<", pos)) element.children.push(readElement());
      else {
        const next = source.indexOf("<", pos);
        const end = next < 0 ? source.length : next;
        text += decode(source.slice(pos, end), pos);
        pos = end;
      }
    }
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1; // a UTF-8 byte order mark is allowed
  if (source.startsWith("<?xml", pos)) {
    pos += 5;
    const attributes = readAttributes();
    expect("?>");
    if (attributes.version !== "1.0") fail('the XML declaration must say version="1.0"', 0);
  }
  skipMisc();
  if (!source.startsWith("<", pos) || source.startsWith("<!", pos) || source.startsWith("<?", pos)) fail("expected the root element");
  const root = readElement();
  skipMisc();
  if (pos < source.length) fail("content after the root element");
  return root;
}

/** Every element in document order, the root first. */
export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** The local part of a qualified name ("bt:Image" -> "Image"). */
export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);
