CREATE UNIQUE INDEX "goals_id_user_unique" ON "goals" USING btree ("id","user_id");--> statement-breakpoint
ALTER TABLE "achievements" DROP CONSTRAINT "achievements_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "achievements" DROP CONSTRAINT "achievements_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_goal_owner_fk" FOREIGN KEY ("goal_id","user_id") REFERENCES "public"."goals"("id","user_id") ON DELETE cascade ON UPDATE no action;
