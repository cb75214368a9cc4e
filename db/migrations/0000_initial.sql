CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"milestone" integer NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "achievements_milestone_check" CHECK ("achievements"."milestone" in (25, 50, 75, 100))
);
--> statement-breakpoint
CREATE TABLE "analysis_snapshots" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"as_of" date NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_snapshots_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "athlete_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"events" text[] DEFAULT '{}'::text[] NOT NULL,
	"experience_years" double precision,
	"birth_date" date,
	"sex" text,
	"personal_bests" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "athlete_profiles_experience_check" CHECK ("athlete_profiles"."experience_years" is null or "athlete_profiles"."experience_years" >= 0),
	CONSTRAINT "athlete_profiles_sex_check" CHECK ("athlete_profiles"."sex" is null or "athlete_profiles"."sex" in ('female', 'male', 'other'))
);
--> statement-breakpoint
CREATE TABLE "calendar_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"location" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_events_type_check" CHECK ("calendar_events"."type" in ('competition', 'training', 'rest', 'other')),
	CONSTRAINT "calendar_events_order_check" CHECK ("calendar_events"."ends_at" is null or "calendar_events"."ends_at" >= "calendar_events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"response" jsonb,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_type_check" CHECK ("check_ins"."type" in ('morning_motivation', 'recovery_check', 'weekly_review', 'injury_status')),
	CONSTRAINT "check_ins_status_check" CHECK ("check_ins"."status" in ('scheduled', 'answered', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "coach_athletes" (
	"coach_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_athletes_coach_id_athlete_id_pk" PRIMARY KEY("coach_id","athlete_id")
);
--> statement-breakpoint
CREATE TABLE "coach_invites" (
	"code" text PRIMARY KEY NOT NULL,
	"coach_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text DEFAULT 'New conversation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drill_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"drill_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"rank" integer NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"difficulty" text NOT NULL,
	"description" text NOT NULL,
	"instructions" jsonb NOT NULL,
	"prescription" text NOT NULL,
	"duration_min" integer NOT NULL,
	"equipment" text[] NOT NULL,
	"tags" text[] NOT NULL,
	"body_region" text NOT NULL,
	"trains" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drills_difficulty_check" CHECK ("drills"."difficulty" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "drills_body_region_check" CHECK ("drills"."body_region" in ('lower', 'upper', 'core', 'full'))
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"metric" text NOT NULL,
	"baseline_value" double precision NOT NULL,
	"target_value" double precision NOT NULL,
	"current_value" double precision,
	"progress_pct" double precision DEFAULT 0 NOT NULL,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"achieved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_status_check" CHECK ("goals"."status" in ('active', 'achieved', 'abandoned')),
	CONSTRAINT "goals_target_differs_check" CHECK ("goals"."baseline_value" <> "goals"."target_value"),
	CONSTRAINT "goals_progress_check" CHECK ("goals"."progress_pct" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "injuries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"body_part" text NOT NULL,
	"side" text DEFAULT 'none' NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"onset_date" date NOT NULL,
	"resolved_date" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "injuries_side_check" CHECK ("injuries"."side" in ('left', 'right', 'both', 'none')),
	CONSTRAINT "injuries_severity_check" CHECK ("injuries"."severity" in ('mild', 'moderate', 'severe')),
	CONSTRAINT "injuries_status_check" CHECK ("injuries"."status" in ('active', 'recovering', 'resolved')),
	CONSTRAINT "injuries_resolved_after_onset_check" CHECK ("injuries"."resolved_date" is null or "injuries"."resolved_date" >= "injuries"."onset_date")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"processed" integer DEFAULT 0 NOT NULL,
	"succeeded" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer,
	"cursor" text,
	"error_samples" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mental_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"difficulty" text NOT NULL,
	"description" text NOT NULL,
	"instructions" jsonb NOT NULL,
	"duration_min" integer NOT NULL,
	"equipment" text[] NOT NULL,
	"tags" text[] NOT NULL,
	"when_to_use" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mental_exercises_difficulty_check" CHECK ("mental_exercises"."difficulty" in ('beginner', 'intermediate', 'advanced'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"content" text NOT NULL,
	"parts" jsonb,
	"model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_role_check" CHECK ("messages"."role" in ('user', 'assistant', 'system'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"ref_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nutrition_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"description" text,
	"kcal" integer,
	"protein_g" double precision,
	"carbs_g" double precision,
	"fat_g" double precision,
	"hydration_ml" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nutrition_logs_meal_check" CHECK ("nutrition_logs"."meal" in ('breakfast', 'lunch', 'dinner', 'snack', 'pre_training', 'post_training')),
	CONSTRAINT "nutrition_logs_non_negative_check" CHECK (coalesce("nutrition_logs"."kcal", 0) >= 0 and coalesce("nutrition_logs"."protein_g", 0) >= 0 and coalesce("nutrition_logs"."carbs_g", 0) >= 0
        and coalesce("nutrition_logs"."fat_g", 0) >= 0 and coalesce("nutrition_logs"."hydration_ml", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "pain_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"injury_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"date" date NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pain_logs_level_check" CHECK ("pain_logs"."level" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "progress_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text DEFAULT 's' NOT NULL,
	"timing" text,
	"wind_mps" double precision,
	"date" date NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_metrics_timing_check" CHECK ("progress_metrics"."timing" is null or "progress_metrics"."timing" in ('fat', 'hand')),
	CONSTRAINT "progress_metrics_value_check" CHECK ("progress_metrics"."value" > 0)
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"priority" text NOT NULL,
	"title" text NOT NULL,
	"message" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "suggestions_priority_check" CHECK ("suggestions"."priority" in ('critical', 'high', 'medium', 'low')),
	CONSTRAINT "suggestions_status_check" CHECK ("suggestions"."status" in ('open', 'dismissed', 'done'))
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"type" text NOT NULL,
	"duration_min" integer NOT NULL,
	"rpe" integer NOT NULL,
	"mood" integer,
	"notes" text,
	"reps" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_type_check" CHECK ("training_sessions"."type" in ('acceleration', 'max_velocity', 'speed_endurance', 'special_endurance', 'tempo',
        'technique', 'plyometrics', 'strength', 'recovery', 'competition', 'other')),
	CONSTRAINT "training_sessions_duration_check" CHECK ("training_sessions"."duration_min" between 1 and 600),
	CONSTRAINT "training_sessions_rpe_check" CHECK ("training_sessions"."rpe" between 1 and 10),
	CONSTRAINT "training_sessions_mood_check" CHECK ("training_sessions"."mood" is null or "training_sessions"."mood" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" text NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_active_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('athlete', 'coach'))
);
--> statement-breakpoint
CREATE TABLE "wellness_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"sleep" integer NOT NULL,
	"stress" integer NOT NULL,
	"fatigue" integer NOT NULL,
	"soreness" integer NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellness_logs_scale_check" CHECK ("wellness_logs"."sleep" between 1 and 7 and "wellness_logs"."stress" between 1 and 7
        and "wellness_logs"."fatigue" between 1 and 7 and "wellness_logs"."soreness" between 1 and 7)
);
--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_snapshots" ADD CONSTRAINT "analysis_snapshots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "athlete_profiles" ADD CONSTRAINT "athlete_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_athletes" ADD CONSTRAINT "coach_athletes_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_athletes" ADD CONSTRAINT "coach_athletes_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_invites" ADD CONSTRAINT "coach_invites_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_invites" ADD CONSTRAINT "coach_invites_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD CONSTRAINT "drill_recommendations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_recommendations" ADD CONSTRAINT "drill_recommendations_drill_id_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."drills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injuries" ADD CONSTRAINT "injuries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nutrition_logs" ADD CONSTRAINT "nutrition_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_logs" ADD CONSTRAINT "pain_logs_injury_id_injuries_id_fk" FOREIGN KEY ("injury_id") REFERENCES "public"."injuries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_logs" ADD CONSTRAINT "pain_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_metrics" ADD CONSTRAINT "progress_metrics_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellness_logs" ADD CONSTRAINT "wellness_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "achievements_goal_milestone_unique" ON "achievements" USING btree ("goal_id","milestone");--> statement-breakpoint
CREATE INDEX "achievements_user_idx" ON "achievements" USING btree ("user_id","awarded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_unique" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "calendar_events_user_start_idx" ON "calendar_events" USING btree ("user_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_unique" ON "check_ins" USING btree ("user_id","type","scheduled_for");--> statement-breakpoint
CREATE INDEX "check_ins_user_due_idx" ON "check_ins" USING btree ("user_id","status","scheduled_for");--> statement-breakpoint
CREATE INDEX "coach_athletes_athlete_idx" ON "coach_athletes" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "coach_invites_coach_idx" ON "coach_invites" USING btree ("coach_id");--> statement-breakpoint
CREATE INDEX "conversations_user_idx" ON "conversations" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "drill_recommendations_unique" ON "drill_recommendations" USING btree ("user_id","as_of","drill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drills_slug_unique" ON "drills" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "drills_category_idx" ON "drills" USING btree ("category","difficulty");--> statement-breakpoint
CREATE INDEX "goals_user_idx" ON "goals" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "injuries_user_status_idx" ON "injuries" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "job_runs_task_idx" ON "job_runs" USING btree ("task","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mental_exercises_slug_unique" ON "mental_exercises" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "mental_exercises_type_idx" ON "mental_exercises" USING btree ("type");--> statement-breakpoint
CREATE INDEX "messages_conversation_idx" ON "messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_ref_unique" ON "notifications" USING btree ("user_id","kind","ref_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "nutrition_logs_user_date_idx" ON "nutrition_logs" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "pain_logs_injury_date_idx" ON "pain_logs" USING btree ("injury_id","date");--> statement-breakpoint
CREATE INDEX "pain_logs_user_date_idx" ON "pain_logs" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "progress_metrics_user_metric_date_idx" ON "progress_metrics" USING btree ("user_id","metric","date");--> statement-breakpoint
CREATE INDEX "progress_metrics_user_date_idx" ON "progress_metrics" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_open_unique" ON "suggestions" USING btree ("user_id","type") WHERE "suggestions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "suggestions_user_status_idx" ON "suggestions" USING btree ("user_id","status","created_at");--> statement-breakpoint
CREATE INDEX "training_sessions_user_date_idx" ON "training_sessions" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_active_idx" ON "users" USING btree ("active","last_active_at");--> statement-breakpoint
CREATE UNIQUE INDEX "wellness_logs_user_date_unique" ON "wellness_logs" USING btree ("user_id","date");