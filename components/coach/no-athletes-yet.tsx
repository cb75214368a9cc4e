import Link from "next/link";
import { EmptyCard } from "@/components/pages/empty-state";

/**
 * A coach page with no linked athletes: where invites are made (the Roster, as the tab bar names it), and what this
 * page will hold once they join.
 */
export function NoAthletesYet({ then }: { then?: string }) {
  return (
    <EmptyCard>
      No athletes linked yet: share an invite code from the{" "}
      <Link href="/coach" className="underline">
        Roster
      </Link>{" "}
      page{then ? `, ${then}` : ""}.
    </EmptyCard>
  );
}
