import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "./manifest";

const ROOT = path.resolve(import.meta.dirname, "..");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's first chunk, which the format requires to be IHDR. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString("ascii"), `${file} starts with IHDR`).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the web app manifest", () => {
  const m = manifest();

  it("installs Aria as a standalone app that opens on the dashboard, in the brand colours", () => {
    expect(m).toMatchObject({
      name: "Aria — the sprint companion",
      short_name: "Aria",
      start_url: "/dashboard",
      display: "standalone",
      theme_color: "#d43d0b",
      background_color: "#09090b",
    });
  });

  it("declares PNG icons of 192 and 512 px and a maskable 512 px one, each on disk at its declared size", async () => {
    const icons = m.icons ?? [];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of icons) {
      expect(icon.type).toBe("image/png");
      const [width, height] = (icon.sizes ?? "").split("x").map(Number);
      expect(await pngSize(path.join(ROOT, "public", icon.src)), icon.src).toEqual({ width, height });
    }
  });

  it("has the favicon and a 180 px apple-touch icon that Next links from app/", async () => {
    expect(await pngSize(path.join(ROOT, "app/apple-icon.png"))).toEqual({ width: 180, height: 180 });
    expect(await readFile(path.join(ROOT, "app/icon.svg"), "utf8")).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
  });
});
