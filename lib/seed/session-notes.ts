import type { SessionType } from "@/lib/core/domain";

/** What an athlete writes after a session of each type; the generated weeks pick from these. */
export const NOTES: Record<SessionType, readonly string[]> = {
  acceleration: [
    "6×30 m from blocks, first three steps felt powerful",
    "Sled push 5×20 m, then 4×30 m from a 3-point start",
    "Block starts 8×20 m, reaction to the clap much sharper",
    "Wall-drill warm-up, then 5×40 m accelerations with good shin angles",
    "Hill sprints 8×30 m on the 6% slope, full walk-back recovery",
  ],
  max_velocity: [
    "6×30 m flys off a 20 m run-in, felt sharp",
    "Wickets, 4 runs, then 3×40 m flys, relaxed at top speed",
    "In-and-outs 3×(20 m fast, 20 m float, 20 m fast)",
    "4×30 m flys, stayed tall and kept the hips high",
  ],
  speed_endurance: [
    "3×150 m at 95%, 8 min rest, held form to 120 m",
    "2×(3×80 m) at 95% with 6 min between sets",
    "120 m, 150 m, 120 m with full recovery, strong finish",
  ],
  special_endurance: [
    "2×300 m at race pace, 15 min rest",
    "350 m + 250 m split run, legs heavy from 250 m",
    "500 m and 300 m at 400 m pace, lactic but controlled",
  ],
  tempo: [
    "10×100 m tempo on grass at 70%, walk back",
    "2×(6×200 m) at 65% with 2 min between reps",
    "Extensive tempo 8×150 m, easy rhythm",
  ],
  technique: [
    "A-skips, B-skips and wall drills, focus on front-side mechanics",
    "Arm-action drills and dribbles over 20 m, filmed for review",
    "Fast-leg drills and straight-leg bounds, worked on ground contacts",
  ],
  plyometrics: [
    "Bounding 4×30 m, hurdle hops 5×5, quick contacts",
    "Depth jumps 4×5 from 40 cm, box jumps 3×5",
    "Single-leg hops 3×6 each side, skips for height",
  ],
  strength: [
    "Back squat 5×3 at 85%, RDL 3×6, Nordics 3×5",
    "Power cleans 5×2, split squats 3×8, core circuit",
    "Trap-bar jumps 4×4, hip thrusts 3×8, calf raises",
  ],
  recovery: [
    "Easy bike 20 min, mobility and foam rolling",
    "Pool session and stretching, legs feel fresher",
    "Walk, massage gun and hip mobility routine",
  ],
  competition: ["Competition: heats and final"],
  other: ["Team circuit and relay baton practice"],
};

/** A hurdler's notes for the session types where hurdles change the work. */
export const HURDLE_NOTES = {
  technique: [
    "Lead-leg and trail-leg walkovers, then 3-step rhythm over 5 hurdles",
    "Hurdle mobility, skip-overs and 6×1-hurdle starts",
    "Rhythm runs over 8 hurdles at 7.5 m spacing, clean trail leg",
  ],
  max_velocity: [
    "3×5 hurdles at race spacing from blocks, touchdown times improving",
    "Flying 30s and 4×3 hurdles at reduced spacing, fast rhythm",
  ],
  speed_endurance: ["3×8 hurdles, 10 min rest, held rhythm to hurdle 7", "2×10 hurdles plus a 120 m, strong run-in"],
} as const;
