"use client";

import { createContext, type ReactNode, useContext, useState } from "react";
import { StatusLine } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { formatDate } from "@/lib/core/dates";
import { apiFetch } from "@/lib/http/client";

/**
 * Drag a planned session to another day of the same athlete on the coach's week grid (native drag and drop, so a
 * mouse or a pen; on a keyboard or a phone, Edit changes the date). A drop is an edit of the plan's date through
 * `PATCH /api/v1/plans/items/{id}`, like any other.
 */

interface Dragged {
  id: string;
  athleteId: string;
  date: string;
  /** "Leo: Acceleration · 40 min", for what the move says it did. */
  label: string;
}

interface DragState {
  dragged: Dragged | null;
  setDragged: (plan: Dragged | null) => void;
  moveTo: (date: string) => void;
}

const DragContext = createContext<DragState | null>(null);

/** Holds the plan being dragged and says what a drop did, under the grid. */
export function PlanDragArea({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { error, run } = useAction<"move">();

  async function moveTo(date: string) {
    const plan = dragged;
    setDragged(null);
    if (!plan || plan.date === date) return;
    setStatus(null);
    const moved = await run("move", () =>
      apiFetch(`/api/v1/plans/items/${encodeURIComponent(plan.id)}`, { method: "PATCH", json: { date } }),
    );
    if (moved) setStatus(`Moved ${plan.label} to ${formatDate(date, { timeZone })}.`);
  }

  return (
    <DragContext.Provider value={{ dragged, setDragged, moveTo }}>
      {children}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <StatusLine className="mt-2">{status}</StatusLine>
      )}
    </DragContext.Provider>
  );
}

/** A plan the coach may move: picked up by dragging it. */
export function DraggablePlan({ plan, children }: { plan: Dragged; children: ReactNode }) {
  const drag = useContext(DragContext);
  if (!drag) return children;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse's shortcut; Edit moves it by keyboard
    <div
      draggable
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", plan.id);
        drag.setDragged(plan);
      }}
      onDragEnd={() => drag.setDragged(null)}
      className="cursor-grab active:cursor-grabbing"
    >
      {children}
    </div>
  );
}

/** One athlete's day of the grid: a plan of theirs from another day may be dropped here. */
export function PlanDropDay({
  athleteId,
  date,
  className = "",
  children,
}: {
  athleteId: string;
  date: string;
  className?: string;
  children: ReactNode;
}) {
  const drag = useContext(DragContext);
  const [over, setOver] = useState(false);
  const accepts = drag?.dragged != null && drag.dragged.athleteId === athleteId && drag.dragged.date !== date;
  return (
    <td
      onDragOver={(event) => {
        if (!accepts) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (!accepts) return;
        event.preventDefault();
        setOver(false);
        drag?.moveTo(date);
      }}
      className={`${className} ${over ? "bg-track-50 outline-2 outline-dashed outline-track-500 dark:bg-track-900/30" : ""}`}
    >
      {children}
    </td>
  );
}
