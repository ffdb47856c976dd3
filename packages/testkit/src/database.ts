import { migrateDatabase } from "@cordon/db";
import { type IsolatedDatabase, scratchDatabase } from "@cordon/stack-settings";

export type { IsolatedDatabase } from "@cordon/stack-settings";

/** A fresh database with every migration applied (unless `migrate: false`), for one test file. */
export async function isolatedDatabase(
  label: string,
  options: { migrate?: boolean } = {},
): Promise<IsolatedDatabase> {
  const db = await scratchDatabase(label);
  if (options.migrate !== false) await migrateDatabase(db.adminUrl);
  return db;
}
