/**
 * Draws Aria's app icons from one SVG: the mark of components/brand/logo.tsx (lane lines bending into an "A"), white
 * on the brand orange (--color-track-500). Writes app/icon.svg (the favicon) and renders the PNGs the web app
 * manifest (app/manifest.ts) and iOS ask for in Debian's Chromium. The outputs are committed; run this again only
 * when the mark changes:
 *
 *   npx tsx scripts/icons.ts
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "..");
const ORANGE = "#d43d0b";

/**
 * The mark in the logo's 32-unit box, scaled about its centre. A maskable icon may be cut to any shape inside the
 * middle 80 % circle, so there it is drawn at 3/4: its farthest point then sits 31 % from the centre.
 */
function mark(scale = 1): string {
  const lines =
    '<path d="M8 24 L15 8 L17 8 L24 24" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>' +
    '<path d="M11.5 18 H20.5" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>';
  return scale === 1 ? lines : `<g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${lines}</g>`;
}

/** `rounded`: the logo's rounded square on a clear ground; otherwise orange to the edges, for a mask to shape. */
function icon({ rounded, scale = 1 }: { rounded: boolean; scale?: number }): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Aria</title>' +
    `<rect width="32" height="32"${rounded ? ' rx="8"' : ""} fill="${ORANGE}"/>${mark(scale)}</svg>\n`
  );
}

const PNGS: { file: string; size: number; svg: string }[] = [
  { file: "public/icons/icon-192.png", size: 192, svg: icon({ rounded: true }) },
  { file: "public/icons/icon-512.png", size: 512, svg: icon({ rounded: true }) },
  { file: "public/icons/icon-maskable-512.png", size: 512, svg: icon({ rounded: false, scale: 0.75 }) },
  // iOS rounds the corners itself and shows black where an icon is transparent.
  { file: "app/apple-icon.png", size: 180, svg: icon({ rounded: false }) },
];

async function main() {
  await writeFile(path.join(ROOT, "app/icon.svg"), icon({ rounded: true }));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { file, size, svg } of PNGS) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await mkdir(path.dirname(path.join(ROOT, file)), { recursive: true });
      await writeFile(path.join(ROOT, file), png);
      console.log(`${file}: ${size}×${size}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
