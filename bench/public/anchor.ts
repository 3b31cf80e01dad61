// Child of bench/public.bench.ts: the anchor, a bare `pg` pool behind `node:http` answering
// GET /records?first=50[&search=…][&fiscalYear=…] with the same rows, in the same order and with the
// same index as publishedRecords, as JSON. What any server must at least spend.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
const ORDER = 'published_at DESC, submission_id, row_number';
const COLUMNS = `id, enterprise_name, published_at, "values"`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://anchor');
  const params: unknown[] = ['EXECUTIVE_PAY'];
  const where = [`dataset = $1::"DatasetKey"`];
  const search = url.searchParams.get('search');
  if (search) {
    params.push(`%${search}%`);
    where.push(`search_text ILIKE $${params.length}`);
  }
  const year = url.searchParams.get('fiscalYear');
  if (year) {
    params.push(year);
    where.push(`"values"->>'fiscalYear' = $${params.length}`);
  }
  params.push(Number(url.searchParams.get('first') ?? 50));
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM published_record WHERE ${where.join(' AND ')} ORDER BY ${ORDER} LIMIT $${params.length}`,
    params,
  );
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: rows }));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`port ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
