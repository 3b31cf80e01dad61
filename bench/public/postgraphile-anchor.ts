import type { Database } from '../../src/db/database.js';

/**
 * What PostGraphile v5 is given to answer the same questions as publishedRecords, in the scratch
 * database only. Out of the box it orders and filters by columns; a fiscal year inside `values` and
 * a substring search are not columns, so a view names the year as one and a SQL function searches
 * (the ways PostGraphile's own documentation offers without plugins). Both are inlined by the
 * planner, so PostGraphile reads the same index as Sunshine.
 */
export async function preparePostGraphile(owner: Database) {
  await owner.sql.exec(`
    CREATE VIEW public_executive_pay AS
      SELECT id, enterprise_name, published_at, "values", submission_id, row_number, search_text,
             "values"->>'fiscalYear' AS fiscal_year
      FROM published_record WHERE dataset = 'EXECUTIVE_PAY';
    CREATE FUNCTION search_executive_pay(term text) RETURNS SETOF public_executive_pay
      LANGUAGE sql STABLE AS $$
        SELECT * FROM public_executive_pay WHERE search_text ILIKE '%' || term || '%'
        ORDER BY published_at DESC, submission_id, row_number
      $$;`);
}

const NODES = 'nodes { rowId enterpriseName publishedAt values } pageInfo { hasNextPage endCursor }';
const ORDER = 'orderBy: [PUBLISHED_AT_DESC, SUBMISSION_ID_ASC, ROW_NUMBER_ASC]';
const body = (query: string) => JSON.stringify({ query });

/** The PostGraphile twins of the bench's publishedRecords requests. */
export const postGraphileQueries = {
  first50: body(`{ allPublicExecutivePays(first: 50, ${ORDER}) { ${NODES} } }`),
  fiscalYear: body(
    `{ allPublicExecutivePays(first: 50, ${ORDER}, condition: { fiscalYear: "2023" }) { ${NODES} } }`,
  ),
  search: (term: string) => body(`{ searchExecutivePay(term: "${term}", first: 50) { ${NODES} } }`),
};
