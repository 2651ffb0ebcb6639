/**
 * The names of the media paths a call can take, declared once: the negotiation core
 * decides them, the model counts calls under them, and `paths.csv` reports them in this
 * order. A call counts once, under the path it got when it arrived (an escalation later
 * moves it to the MCU, R7, and counts on the MCU resource, not here).
 */
export const PATHS = [
  'p2p',
  'edge-udp',
  'edge-tcp',
  'mcu',
  'failed-no-path',
  'failed-certificate',
  'blocked-capacity',
  // Call Admission Control (R18, R19) and Enterprise Voice (R21).
  'cac-internet',
  'cac-pstn',
  'failed-cac',
  'pstn',
] as const;

export type PathName = (typeof PATHS)[number];

/** Index of each path in {@link PATHS}: the model counts calls in an array in this order. */
export const PATH_INDEX: Readonly<Record<PathName, number>> = Object.freeze(
  Object.fromEntries(PATHS.map((p, i) => [p, i])) as Record<PathName, number>,
);
