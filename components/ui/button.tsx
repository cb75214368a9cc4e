import type { ButtonHTMLAttributes, ReactNode } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-track-500 text-white hover:bg-track-600 disabled:bg-track-300",
  secondary:
    "border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
  danger:
    "border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950/40",
  ghost: "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
};

/**
 * The padding, by how much room the button has: `compact` beside a list row, `tight` in a narrow cell of the week
 * grid, `icon` a square that holds one symbol. It is chosen here, not with padding classes in `extra`: of two padding
 * utilities on one element the stylesheet's order decides, not the order written, so such a class did nothing.
 */
export type ButtonSize = "regular" | "compact" | "tight" | "icon";

const SIZES: Record<ButtonSize, string> = {
  regular: "px-4 py-2.5",
  compact: "px-3 py-1.5",
  tight: "px-2 py-1.5",
  icon: "p-0",
};

/** Every button is at least 44 px high and wide: a thumb at the track, not a mouse pointer, is what presses it. */
export function buttonClass(variant: Variant = "primary", extra = "", size: ButtonSize = "regular"): string {
  return `inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-xl ${SIZES[size]} text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-70 ${VARIANTS[variant]} ${extra}`;
}

export function Button({
  variant = "primary",
  size = "regular",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, className, size)} {...props} />;
}

/** Buttons at the end of a row, with what went wrong the last time one was pressed right under them. */
export function ButtonStack({
  error,
  className = "",
  children,
}: {
  error: string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col items-end gap-1 ${className}`}>
      {children}
      {error ? (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
