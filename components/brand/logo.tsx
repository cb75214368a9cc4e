/** Aria's mark: a sprinter's lane lines bending into an "A". */
export function Logo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" className="fill-track-500" />
        <path d="M8 24 L15 8 L17 8 L24 24" fill="none" stroke="white" strokeWidth="2.6" strokeLinecap="round" />
        <path d="M11.5 18 H20.5" stroke="white" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <span className="text-lg">Aria</span>
    </span>
  );
}
