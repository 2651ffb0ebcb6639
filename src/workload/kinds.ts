/**
 * The kinds of call, as `perUserPerHour` and `holdingTime` name them, in the model's
 * order. Apart from the schema so that the replication workers, which need them, do not
 * load zod.
 */
export const CALL_KINDS = ['peerAudio', 'peerVideo', 'conference', 'liveMeeting', 'pstn'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
