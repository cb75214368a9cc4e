"use client";

import { Button, ButtonStack } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { apiFetch } from "@/lib/http/client";

export function MarkAllRead({ unread }: { unread: number }) {
  const { pending, error, run } = useAction<"mark">();
  const markAll = () => run("mark", () => apiFetch("/api/v1/notifications/read", { method: "POST", json: {} }));

  return (
    <ButtonStack error={error}>
      <Button variant="secondary" size="compact" onClick={markAll} disabled={pending !== null || unread === 0}>
        {pending ? "Marking…" : "Mark all read"}
      </Button>
    </ButtonStack>
  );
}
