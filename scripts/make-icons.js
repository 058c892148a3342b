/**
 * Writes the add-in icons assets/icon-{16,32,64,80}.png: the letters FS in white on a blue
 * rounded square. Plain node (zlib for the PNG), so that anyone can regenerate them:
 * `node scripts/make-icons.js`.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Buffer } = require("buffer");

const BLUE = [0, 0, 145]; // "bleu France"
const WHITE = [255, 255, 255];

// 5×7 glyphs of the two letters.
const GLYPHS = {
  F: ["11111", "10000", "10000", "11110", "10000", "10000", "10000"],
  S: ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
};

function crc32(buffer) {
  let c = ~0;
  for (const byte of buffer) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels of the icon at `size` px. */
function pixels(size) {
  const px = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  // Text block: 11 columns (5 + 1 gap + 5) by 7 rows, scaled to about 70 % of the width.
  const scale = Math.max(1, Math.floor((size * 0.7) / 11));
  const left = Math.floor((size - 11 * scale) / 2);
  const top = Math.floor((size - 7 * scale) / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const inside = Math.hypot(dx, dy) <= radius;
      const gx = Math.floor((x - left) / scale);
      const gy = Math.floor((y - top) / scale);
      let letter = false;
      if (x >= left && y >= top && gy < 7 && gx < 11 && gx !== 5) {
        const glyph = gx < 5 ? GLYPHS.F : GLYPHS.S;
        letter = glyph[gy][gx < 5 ? gx : gx - 6] === "1";
      }
      const [r, g, b] = letter ? WHITE : BLUE;
      px.set([r, g, b, inside ? 255 : 0], (y * size + x) * 4);
    }
  }
  return px;
}

function png(size) {
  const px = pixels(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
