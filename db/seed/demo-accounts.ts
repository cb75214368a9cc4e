/** The demo logins the README lists and the landing page offers. */
export const DEMO_PASSWORD = "sprint-demo-2026";

export const DEMO_COACH_EMAIL = "coach@aria.example";
