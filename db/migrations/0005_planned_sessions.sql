CREATE TABLE "planned_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"type" text NOT NULL,
	"duration_min" integer,
	"rpe" integer,
	"reps" text,
	"notes" text,
	"planned_by" uuid NOT NULL,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_sessions_type_check" CHECK ("planned_sessions"."type" in ('acceleration', 'max_velocity', 'speed_endurance', 'special_endurance', 'tempo',
        'technique', 'plyometrics', 'strength', 'recovery', 'competition', 'other')),
	CONSTRAINT "planned_sessions_duration_check" CHECK ("planned_sessions"."duration_min" is null or "planned_sessions"."duration_min" between 1 and 600),
	CONSTRAINT "planned_sessions_rpe_check" CHECK ("planned_sessions"."rpe" is null or "planned_sessions"."rpe" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_planned_by_users_id_fk" FOREIGN KEY ("planned_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planned_sessions_user_date_idx" ON "planned_sessions" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "planned_sessions_session_unique" ON "planned_sessions" USING btree ("session_id");