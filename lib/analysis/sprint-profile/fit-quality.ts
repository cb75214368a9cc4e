import { CLOSE_FIT_RSE_S, FAIR_FIT_RSE_S } from "./constants";

export type FitQuality = "close" | "fair" | "loose";

/** How well the model follows the splits, from the fit's RSE in seconds (bands in constants.ts). */
export function fitQuality(rse: number): FitQuality {
  if (rse <= CLOSE_FIT_RSE_S) return "close";
  if (rse <= FAIR_FIT_RSE_S) return "fair";
  return "loose";
}
