/**
 * The default ranges of meeting sizes: read by the schema (for its descriptions and
 * defaults), by the checks and by the resolution of a size, so kept apart from all three.
 */
export const MEETING_DEFAULTS = {
  conferenceSize: { min: 3, max: 12, mean: 4.5 },
  liveMeetingSize: { min: 2, max: 50, mean: 6 },
} as const;
