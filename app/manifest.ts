import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest, linked from every page by Next): what the phone needs to put Aria on
 * its home screen and open it like an app, on the athlete's day. The icons are drawn by scripts/icons.ts; the
 * colours are the brand orange (--color-track-500) and the dark background (zinc-950) of app/globals.css.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Aria — the sprint companion",
    short_name: "Aria",
    description:
      "Log sessions at the track, see today's readiness and plan, and talk with Aria, your sprint companion.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    theme_color: "#d43d0b",
    background_color: "#09090b",
    categories: ["sports", "health", "fitness"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
