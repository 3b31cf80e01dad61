// The physical limit for bench:read: pg + node:http, the same rows as JSON, no GraphQL. Prints its port.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const COLUMNS = `fiscal_year AS "fiscalYear", name, position, base_salary::text AS "baseSalary",
  performance_salary::text AS "performanceSalary", annual_salary_payable::text AS "annualSalaryPayable",
  term_incentive::text AS "termIncentive", employer_contributions::text AS "employerContributions",
  other_cash_income::text AS "otherCashIncome", total_pre_tax::text AS "totalPreTax"`;
const QUERIES: Record<string, string> = {
  '/page': `SELECT ${COLUMNS} FROM rows_executive_pay ORDER BY submission_id, row_number LIMIT 50`,
  '/filtered': `SELECT ${COLUMNS} FROM rows_executive_pay WHERE fiscal_year = 2023
    ORDER BY total_pre_tax DESC, submission_id, row_number LIMIT 50`,
  '/aggregate': `SELECT e.name AS enterprise, r.fiscal_year, count(*)::int, sum(r.total_pre_tax)::text AS sum,
    round(avg(r.total_pre_tax), 4)::text AS avg FROM rows_executive_pay r JOIN submission s ON s.id = r.submission_id
    JOIN enterprise e ON e.id = s.enterprise_id GROUP BY 1, 2 ORDER BY 1, 2`,
};
const server = createServer(async (req, res) => {
  const text = QUERIES[req.url ?? ''];
  if (!text) return res.writeHead(404).end();
  const { rows } = await pool.query(text);
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows }));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
});
