/** The demo logins the README lists and the landing and sign-in pages offer. */
export const DEMO_PASSWORD = "sprint-demo-2026";

export const DEMO_COACH_EMAIL = "coach@aria.example";

export const DEMO_ACCOUNTS = [
  { email: DEMO_COACH_EMAIL, name: "Maya Okafor", role: "coach", blurb: "Coach of the demo squad" },
  {
    email: "jordan@aria.example",
    name: "Jordan Reyes",
    role: "athlete",
    blurb: "100/200 m · sprinting on a sore hamstring",
  },
  { email: "amara@aria.example", name: "Amara Chen", role: "athlete", blurb: "400 m · a load spike this week" },
  { email: "leo@aria.example", name: "Leo Martins", role: "athlete", blurb: "60/100 m beginner · trains rarely" },
  { email: "sofia@aria.example", name: "Sofia Alvarez", role: "athlete", blurb: "100 m hurdles · ankle on the mend" },
  { email: "marcus@aria.example", name: "Marcus Bell", role: "athlete", blurb: "200/400 m · nine days off" },
  { email: "priya@aria.example", name: "Priya Nair", role: "athlete", blurb: "Masters 100/200 m · on track" },
] as const;
