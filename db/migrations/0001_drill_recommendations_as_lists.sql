-- One row per athlete and day holding the ranked list, instead of a row per drill. The old rows are derived data
-- (the next run or visit recommends again), so they are cleared rather than converted.
DELETE FROM "drill_recommendations";--> statement-breakpoint
ALTER TABLE "drill_recommendations" DROP CONSTRAINT "drill_recommendations_drill_id_drills_id_fk";--> statement-breakpoint
DROP INDEX "drill_recommendations_unique";--> statement-breakpoint
ALTER TABLE "drill_recommendations" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "drill_recommendations" DROP COLUMN "drill_id";--> statement-breakpoint
ALTER TABLE "drill_recommendations" DROP COLUMN "rank";--> statement-breakpoint
ALTER TABLE "drill_recommendations" DROP COLUMN "reason";--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD COLUMN "experience_level" text NOT NULL;--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD COLUMN "drills" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD CONSTRAINT "drill_recommendations_user_id_as_of_pk" PRIMARY KEY("user_id","as_of");--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD CONSTRAINT "drill_recommendations_level_check" CHECK ("drill_recommendations"."experience_level" in ('beginner', 'intermediate', 'advanced'));
