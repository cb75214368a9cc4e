import { Fragment, type ReactNode } from "react";

/**
 * The small Markdown Aria writes: paragraphs, "-"/"•"/"1." lists (also right after a lead-in line) and **bold**.
 * Rendered as React elements, never as HTML, so nothing in a reply can inject markup.
 */

const LIST_ITEM = /^\s*([-•*]|\d+\.)\s+/;

function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*)/g).map((piece, index) =>
    piece.startsWith("**") && piece.endsWith("**") && piece.length > 4 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable string
      <strong key={index}>{piece.slice(2, -2)}</strong>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable string
      <Fragment key={index}>{piece}</Fragment>
    ),
  );
}

type Block = { kind: "paragraph"; lines: string[] } | { kind: "list"; ordered: boolean; items: string[] };

export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.trim().split("\n")) {
    const last = blocks[blocks.length - 1];
    if (line.trim() === "") {
      blocks.push({ kind: "paragraph", lines: [] });
    } else if (LIST_ITEM.test(line)) {
      const item = line.replace(LIST_ITEM, "");
      if (last?.kind === "list") last.items.push(item);
      else blocks.push({ kind: "list", ordered: /^\s*\d+\./.test(line), items: [item] });
    } else if (last?.kind === "paragraph") {
      last.lines.push(line);
    } else {
      blocks.push({ kind: "paragraph", lines: [line] });
    }
  }
  return blocks.filter((block) => block.kind === "list" || block.lines.length > 0);
}

export function Markdown({ text }: { text: string }) {
  return (
    <div className="space-y-2">
      {blocksOf(text).map((block, index) =>
        block.kind === "list" ? (
          block.ordered ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
            <ol key={index} className="list-decimal space-y-1 pl-5">
              {block.items.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items of one immutable block
                <li key={i}>{inline(item)}</li>
              ))}
            </ol>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
            <ul key={index} className="list-disc space-y-1 pl-5">
              {block.items.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items of one immutable block
                <li key={i}>{inline(item)}</li>
              ))}
            </ul>
          )
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
          <p key={index} className="whitespace-pre-line">
            {inline(block.lines.join("\n"))}
          </p>
        ),
      )}
    </div>
  );
}
