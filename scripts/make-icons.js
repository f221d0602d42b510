// Draws the add-in's icons (two people, a mentor and a mentee, on a green tile) as PNGs in
// assets/. The output is committed: run this only when the glyph changes
// (`node scripts/make-icons.js`). Written by hand with zlib so that no image dependency is
// needed and the pixels are reproducible byte for byte.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN = [16, 124, 65]; // Excel's brand green, so the button sits well on the Home tab
const WHITE = [255, 255, 255];
const PALE = [183, 228, 199]; // the mentee: lighter, so two overlapping people stay two

// Shapes in unit coordinates (0..1 across the tile). Each returns true when a point is inside.
const inRoundedSquare = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
// Shoulders: the top half of an ellipse, cut flat at its centre line.
const inShoulders = (x, y, cx, cy, rx, ry) => y <= cy && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

const mentor = { head: [0.4, 0.33, 0.13], body: [0.4, 0.86, 0.25, 0.3] };
const mentee = { head: [0.7, 0.45, 0.1], body: [0.7, 0.86, 0.19, 0.23] };
const inPerson = (p, x, y, grow = 0) =>
  inCircle(x, y, p.head[0], p.head[1], p.head[2] + grow) ||
  inShoulders(x, y, p.body[0], p.body[1], p.body[2] + grow, p.body[3] + grow);

/** Colour (RGBA) of one sample point of the glyph. */
function sample(x, y) {
  if (!inRoundedSquare(x, y, 0.18)) return [0, 0, 0, 0];
  if (inPerson(mentor, x, y)) return [...WHITE, 255];
  // A green gap around the mentor separates the two figures even at 16 px.
  if (inPerson(mentor, x, y, 0.05)) return [...GREEN, 255];
  if (inPerson(mentee, x, y)) return [...PALE, 255];
  return [...GREEN, 255];
}

/** Renders the glyph at `size` px with 4x4 supersampling, as straight (unpremultiplied) RGBA. */
export function renderIcon(size) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round(a / (n * n));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
