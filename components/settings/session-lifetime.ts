/** "Tue 8 Jul, 14:05" in the viewer's time zone, with the year when it is not this year's. */
export function formatSessionInstant(instant: Date, timeZone: string, now = new Date()): string {
  const year = (date: Date) => new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone }).format(date);
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(year(instant) === year(now) ? {} : { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(instant);
}

/** What settings say about this browser's session: when it ends if unused, and when it ends whatever happens. */
export function sessionLifetimeText(
  session: { endsAt: Date; deadline: Date },
  timeZone: string,
  now = new Date(),
): { signedInUntil: string; renewal: string } {
  const signedInUntil = `Signed in until ${formatSessionInstant(session.endsAt, timeZone, now)}`;
  if (session.endsAt.getTime() >= session.deadline.getTime()) {
    return { signedInUntil, renewal: "Then Aria asks for your password again, however often you use it before." };
  }
  return {
    signedInUntil,
    renewal: `Each visit moves this a week on, up to ${formatSessionInstant(session.deadline, timeZone, now)}, when Aria asks for your password again.`,
  };
}
