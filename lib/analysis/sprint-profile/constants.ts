/**
 * Every number the sprint profile compares against or assumes, in one place, each with its source. "{shorts}" is
 * the R package of Jovanović & Vescovi (2022, Int. J. Strength Cond. 2(1), doi:10.47206/ijsc.v2i1.74), read at
 * version 3.3.0 (github.com/mladenjovanovic/shorts); "Aria" marks a product choice PRODUCT.md leaves open.
 */

// ---------------------------------------------------------------- input (PRODUCT 4.9)

/** PRODUCT 4.9: at least 3 splits — two parameters are fitted, and RSE needs n − 2 > 0 degrees of freedom. */
export const MIN_SPLITS = 3;

/**
 * No human has averaged more than this over any segment: Bolt's peak in the 9.58 s 100 m (Berlin 2009) was
 * 12.3 m/s (Graubner & Nixdorf 2011, New Studies in Athletics 26:19–53). Faster means a typo or a missed gate.
 */
export const MAX_SEGMENT_SPEED_MPS = 13;

/**
 * Aria: a maximal sprint averaging less than 2 m/s from the start to the last split is walking pace (comfortable
 * adult walking is about 1.4 m/s, Bohannon 1997, Age Ageing 26:15–19), so the times are not of one sprint.
 */
export const MIN_AVERAGE_SPEED_MPS = 2;

/**
 * Aria: the correction for a start behind the first gate is 0.3–0.5 s by the usual rule of thumb ({shorts} README,
 * after Haugen et al. 2012, J. Strength Cond. Res. 26:473–479); 0–1 s leaves room and catches a typed 3 for 0.3.
 */
export const MAX_TIME_CORRECTION_S = 1;

/** Aria: bounds that catch units typed wrong (height in cm, mass in g) without refusing a child or a thrower. */
export const BODY_MASS_KG_RANGE = { min: 15, max: 250 } as const;
export const HEIGHT_M_RANGE = { min: 0.8, max: 2.5 } as const;
/** Aria: from a winter indoor track to a hot stadium. */
export const AIR_TEMPERATURE_C_RANGE = { min: -40, max: 60 } as const;
/** Aria: sea level (760 Torr) to the highest tracks (La Paz, about 3600 m, near 490 Torr), with margin. */
export const AIR_PRESSURE_TORR_RANGE = { min: 400, max: 850 } as const;
/** Aria: 2 m/s is the legal limit for records (World Athletics); 10 m/s is a gale. */
export const MAX_WIND_MPS = 10;

// ---------------------------------------------------------------- fit

/** Search box for the fit; an estimate that ends on an edge means the splits do not follow the model. */
export const MSS_BOUNDS_MPS = { min: 0.5, max: 20 } as const;
export const TAU_BOUNDS_S = { min: 0.01, max: 10 } as const;
/** Starting values: MSS a little above the last segment's average speed, TAU of about a second. */
export const MSS_START_FACTOR = 1.1;
export const TAU_START_S = 1;
/** Levenberg–Marquardt settings: the library stops early only when the sum of squares drops below the tolerance. */
export const FIT_MAX_ITERATIONS = 200;
export const FIT_ERROR_TOLERANCE = 1e-20;
/**
 * Converged when the relative offset (Bates & Watts 1981, Technometrics 23:179–183; the test R's nls() applies)
 * is below this, i.e. the residuals are orthogonal to every direction the parameters can move the fit in.
 */
export const FIT_RELATIVE_OFFSET_TOLERANCE = 1e-5;
/** An RSE below this (1 µs) is an exact fit, where the relative offset is a ratio of rounding errors. */
export const FIT_EXACT_RSE_S = 1e-6;

// ---------------------------------------------------------------- force–velocity profile (Samozino et al. 2016)

/** {shorts} get_air_resistance defaults: standard pressure and 25 °C, still air. */
export const DEFAULT_AIR_PRESSURE_TORR = 760;
export const DEFAULT_AIR_TEMPERATURE_C = 25;
export const DEFAULT_WIND_MPS = 0;
/** Density of dry air at 0 °C and 760 Torr (kg/m³), scaled by p/760 and 273/(273 + T) (Arsac & Locatelli 2002, {shorts}). */
export const AIR_DENSITY_STP_KG_M3 = 1.293;
export const STANDARD_PRESSURE_TORR = 760;
/** {shorts} converts °C to K with 273 (not 273.15); kept so that results agree with it. */
export const ZERO_CELSIUS_K = 273;
/**
 * Frontal area = 0.266 × body surface area (Samozino et al. 2016 after Arsac & Locatelli 2002, J. Appl. Physiol.
 * 92:1781–1788), the surface area by Du Bois & Du Bois (1916): 0.007184 · mass^0.425 · height_cm^0.725, which is
 * 0.2025 · mass^0.425 · height_m^0.725.
 */
export const DU_BOIS_COEFFICIENT = 0.2025;
export const DU_BOIS_HEIGHT_EXPONENT = 0.725;
export const DU_BOIS_MASS_EXPONENT = 0.425;
export const FRONTAL_AREA_FRACTION = 0.266;
/** Drag coefficient of a sprinter (van Ingen Schenau et al. 1991, Eur. J. Appl. Physiol. 63:255–260), as {shorts}. */
export const DRAG_COEFFICIENT = 0.9;
/** {shorts}: vertical force is body weight with g = 9.81 m/s². */
export const GRAVITY_MPS2 = 9.81;
/** Samozino et al. 2016 (Scand. J. Med. Sci. Sports 26:648–658): RFmax and DRF are taken after 0.3 s of push-off. */
export const RF_CUTOFF_S = 0.3;
/** {shorts} 1.1.6 get_FV_profile: RFmax and DRF come from the modelled sprint up to 6 s, sampled at 100 Hz. */
export const RF_HORIZON_S = 6;
export const RF_SAMPLE_HZ = 100;

// ---------------------------------------------------------------- fit quality

/**
 * Aria: RSE bands for a fit to gate times. Good timing gates repeat to about 0.01 s, and {shorts}' documented examples
 * fit with an RSE of 0.01–0.04 s; above 0.05 s a split is likely mistyped or a gate was missed.
 */
export const CLOSE_FIT_RSE_S = 0.02;
export const FAIR_FIT_RSE_S = 0.05;
