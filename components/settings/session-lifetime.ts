import { formatDate } from "@/lib/core/dates";

/** What settings say about this browser's session: when it ends if unused, and when it ends whatever happens. */
export function sessionLifetimeText(
  session: { endsAt: Date; deadline: Date },
  timeZone: string,
  now = new Date(),
): { signedInUntil: string; renewal: string } {
  const signedInUntil = `Signed in until ${formatDate(session.endsAt, { timeZone, time: true, now })}`;
  if (session.endsAt.getTime() >= session.deadline.getTime()) {
    return { signedInUntil, renewal: "Then Aria asks for your password again, however often you use it before." };
  }
  return {
    signedInUntil,
    renewal: `Each visit moves this a week on, up to ${formatDate(session.deadline, { timeZone, time: true, now })}, when Aria asks for your password again.`,
  };
}
