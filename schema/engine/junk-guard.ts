/**
 * A file is clearly not the template when nearly all of its first data rows fail many of their
 * fields (a wrong file under a matching header, or junk): reading on would only list the same
 * failures a few hundred thousand times (a 5.7 MB file of such rows once stored 1.5M issues, five
 * per row), so the validator stops and says so. The first rows' issues are still listed, which
 * shows the enterprise what is wrong.
 */
export const JUNK_PROBE = {
  /** Data rows looked at before deciding. */
  rows: 200,
  /** Share of them that must fail a quarter or more of their matched fields. */
  share: 0.95,
};

export function junkGuard(matchedColumns: number, probe = JUNK_PROBE) {
  let seen = 0;
  let junk = 0;
  // A quarter of the matched fields (5 of executive pay's 17), at least three: one or two bad
  // columns (a date format, a unit) are a mistake to list in full, not junk.
  const failing = Math.max(3, Math.ceil(matchedColumns / 4));
  return {
    /** Called with each data row's error count; true once, when the probe shows junk. */
    shouldStop(rowErrors: number): boolean {
      if (seen >= probe.rows) return false;
      seen++;
      if (rowErrors >= failing) junk++;
      return seen === probe.rows && junk >= probe.share * probe.rows;
    },
  };
}
