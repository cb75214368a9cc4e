CREATE TABLE "sprint_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start" text NOT NULL,
	"source" text NOT NULL,
	"splits" jsonb NOT NULL,
	"time_correction_s" double precision DEFAULT 0 NOT NULL,
	"body_mass_kg" double precision,
	"height_m" double precision,
	"wind_mps" double precision,
	"session_id" uuid,
	"notes" text,
	"mss" double precision NOT NULL,
	"tau" double precision NOT NULL,
	"mac" double precision NOT NULL,
	"pmax_rel" double precision NOT NULL,
	"rse" double precision NOT NULL,
	"residuals" jsonb NOT NULL,
	"fv" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sprint_profiles_start_check" CHECK ("sprint_profiles"."start" in ('block', 'crouch', 'standing')),
	CONSTRAINT "sprint_profiles_source_check" CHECK ("sprint_profiles"."source" in ('manual', 'csv', 'session')),
	CONSTRAINT "sprint_profiles_values_check" CHECK ("sprint_profiles"."mss" > 0 and "sprint_profiles"."tau" > 0 and "sprint_profiles"."mac" > 0 and "sprint_profiles"."rse" >= 0)
);
--> statement-breakpoint
ALTER TABLE "sprint_profiles" ADD CONSTRAINT "sprint_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sprint_profiles" ADD CONSTRAINT "sprint_profiles_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sprint_profiles_user_date_idx" ON "sprint_profiles" USING btree ("user_id","date");