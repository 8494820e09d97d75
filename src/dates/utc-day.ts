/**
 * A Date whose "local" calendar is UTC. date-fns builds its results with the constructor of the date it is given,
 * so handing it a UtcDay makes every calendar computation independent of the machine's time zone
 * (a day that a zone skipped, such as 1994-12-31 in Pacific/Kiritimati, still exists here).
 */
export class UtcDay extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(y: number, m?: number, d?: number): number {
    return this.setUTCFullYear(y, m ?? this.getUTCMonth(), d ?? this.getUTCDate());
  }
  override setMonth(m: number, d?: number): number { return this.setUTCMonth(m, d ?? this.getUTCDate()); }
  override setDate(d: number): number { return this.setUTCDate(d); }
  override setHours(h: number, mi?: number, s?: number, ms?: number): number {
    return this.setUTCHours(h, mi ?? this.getUTCMinutes(), s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setMinutes(mi: number, s?: number, ms?: number): number {
    return this.setUTCMinutes(mi, s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(s: number, ms?: number): number { return this.setUTCSeconds(s, ms ?? this.getUTCMilliseconds()); }
  override setMilliseconds(ms: number): number { return this.setUTCMilliseconds(ms); }
}
