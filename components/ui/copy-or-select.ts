/**
 * Puts `text` on the clipboard. Where the page may not (an insecure origin, a refused permission), it selects `element`
 * instead, so that one tap copies it. Resolves with what it did, or null when it could do neither.
 */
export async function copyOrSelect(text: string, element: HTMLElement | null | undefined) {
  try {
    await navigator.clipboard.writeText(text);
    return "copied" as const;
  } catch {
    const selection = window.getSelection();
    if (!element || !selection) return null;
    selection.selectAllChildren(element);
    return "selected" as const;
  }
}
