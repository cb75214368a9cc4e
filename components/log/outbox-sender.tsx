"use client";

import { useOutbox } from "./use-outbox";

/**
 * Sends the sessions this phone kept without signal from whichever page the athlete opens, not only from the log
 * form: mounted once in the signed-in shell. Renders nothing.
 */
export function OutboxSender({ owner }: { owner: string }) {
  useOutbox(owner);
  return null;
}
