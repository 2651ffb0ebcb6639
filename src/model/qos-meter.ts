/**
 * R11: how many party-seconds of media kept their DiffServ markings and how many
 * crossed the A/V Edge (which loses them), inside the measured window. A party is one
 * end of the media: a two-party call has two, a conference one per leg. The meter holds
 * the parties in progress of each kind and integrates them over time, lazily: it is
 * brought up to date whenever the counts change and when the window opens and closes.
 */

// Slots of QosMeter.seconds.
const LAST = 0;
const DIRECT = 1;
const RELAYED = 2;

export class QosMeter {
  /** Parties in progress whose media keeps QoS (direct or to the MCU). */
  direct = 0;
  /** Parties in progress whose media crosses the Edge. */
  relayed = 0;
  /**
   * [time of the last accrual, party-seconds that kept QoS, party-seconds across the
   * Edge]. In a typed array because, as fields, they would start as the integer 0 and
   * change representation at their first fraction, which retires the meter's hidden
   * class and deoptimises the code optimised against it.
   */
  private readonly seconds = new Float64Array(3);

  /** Integrates the parties in progress up to t; only time inside the window counts. */
  accrue(t: number, measuring: boolean): void {
    const s = this.seconds;
    if (measuring) {
      const dt = t - s[LAST]!;
      s[DIRECT]! += this.direct * dt;
      s[RELAYED]! += this.relayed * dt;
    }
    s[LAST] = t;
  }

  /**
   * Counts `parties` of direct media over [from, to] at once, for a call that holds
   * nothing and so needs no departure event: the caller has clipped it to the window.
   */
  addDirect(parties: number, from: number, to: number): void {
    if (to > from) this.seconds[DIRECT]! += parties * (to - from);
  }

  /** Media minutes that kept QoS. */
  get directMinutes(): number {
    return this.seconds[DIRECT]! / 60;
  }

  /** Media minutes that crossed the Edge. */
  get relayedMinutes(): number {
    return this.seconds[RELAYED]! / 60;
  }
}
