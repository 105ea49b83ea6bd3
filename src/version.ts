/** Kept in step with package.json by the export test. */
export const VERSION = "0.6.0";
