import { configFromEnv, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getKv } from "@/lib/kv";
import { seed } from "@/lib/seed";

/** `npm run db:migrate` and `npm run db:seed`: the same migration and seed code the app runs on start. */

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx scripts/db.ts migrate|seed");
  process.exit(2);
}

const started = performance.now();
const handle = await openDatabase(configFromEnv());
console.log(`database: ${handle.driver} (${handle.location})`);
try {
  await migrateDatabase(handle);
  console.log("✓ migrations applied");
  if (command === "seed") {
    await seed(handle.db, { progress: (message) => console.log(`✓ ${message}`) });
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await handle.close();
  // The seed clears cached mental exercises, which opens the KV connection; let the process exit.
  await getKv().close();
}
