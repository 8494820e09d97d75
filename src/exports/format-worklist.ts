import type { WorkItem } from '../operations/worklist';

/**
 * The worklist as aligned text lines, one per thing to do: due date, `!` when overdue, patient reference, séquence,
 * prestation codes, how many are missing, who can do them, and the séquence's forfait when doing them completes it.
 *
 * @example
 * formatWorklist([]) // ''
 */
export function formatWorklist(items: readonly WorkItem[]): string {
  return items.map(formatWorkItem).join('\n');
}

/**
 * One thing to do as a line of the worklist text (see {@link formatWorklist}).
 *
 * @example
 * formatWorkItem(items[0]).slice(0, 10) // '2028-06-01'
 */
export function formatWorkItem(w: WorkItem): string {
  const completes = w.completesSequence ? `  → ${w.sequence} ${w.sequenceForfait}` : '';
  const columns = [
    w.dueBy,
    w.overdue ? '!' : ' ',
    w.patientRef.padEnd(12),
    w.sequence.padEnd(10),
    (w.task === 'attestation' ? `[${w.task}]` : w.codes.join('|')).padEnd(28),
    `×${w.missing} `,
    w.performers.join(', '),
  ];
  return `${columns.join(' ')}${completes}`;
}
