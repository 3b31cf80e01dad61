// The field-type vocabulary dataset definitions are written in.
export { date } from './date.js';
export { dateTime } from './date-time.js';
export { decimal } from './decimal.js';
export { type EnumOption, enumOf } from './enum.js';
export { integer } from './integer.js';
export { money } from './money.js';
export { partyId } from './party-id.js';
export { percent } from './percent.js';
export { regionCode } from './region-code.js';
export { residentId } from './resident-id.js';
export { text } from './text.js';
export { uscc } from './uscc.js';
export { year } from './year.js';
export { yearMonth } from './year-month.js';
export { yesNo } from './yes-no.js';
