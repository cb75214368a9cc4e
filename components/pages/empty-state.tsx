import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** What a list says when it has nothing to show, inside a card that already has a title. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-sm text-zinc-600 dark:text-zinc-400">{children}</p>;
}

/** An empty list that stands on its own: the note in a card of its own. */
export function EmptyCard({ children }: { children: ReactNode }) {
  return (
    <Card>
      <EmptyNote>{children}</EmptyNote>
    </Card>
  );
}
