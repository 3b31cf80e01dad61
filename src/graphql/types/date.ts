/**
 * The `Date` scalar ('YYYY-MM-DD', a real calendar date) is defined once, with the typed records'
 * scalars (records-scalars.ts); oversight's fields refer to it by name.
 */
export const DateScalar = 'Date' as const;
