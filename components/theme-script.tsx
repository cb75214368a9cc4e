"use client";

/**
 * Sets <html data-theme> before the first paint from the saved choice or the system preference, so that dark
 * mode never flashes light. Kept inline and tiny on purpose. It exists only in the server's HTML: a script that
 * React created in the browser would never run (React 19 warns), and hydration skips the extra node in <head>.
 */
const SCRIPT = `(function(){try{var t=localStorage.getItem("aria-theme");if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){}})()`;

export function ThemeScript() {
  if (typeof window !== "undefined") return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
