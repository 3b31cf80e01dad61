import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPostgres } from '../../src/db/postgres.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { seedDemo } from '../../src/demo/seed.js';
import { publishSubmission } from '../../src/publishing/publish.service.js';
import { reviewSubmission } from '../../src/submissions/review.service.js';
import { submitSubmission } from '../../src/submissions/submit.service.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';

const HEADER =
  '年度,企业名称,统一社会信用代码,姓名,职务,任职起始,任职终止,基本年薪,绩效年薪,应付年薪,任期激励收入,' +
  '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分,其他货币性收入,税前报酬合计,是否在股东单位或其他关联企业领取薪酬,关联方领取的税前薪酬总额,备注';

/** One real published submission (upload → submit → review → publish), the frame for COPYed rows. */
async function publishedFrame(db: Database, filer: string, enterprise: [string, string]) {
  const csv = `\uFEFF${HEADER}\n2023,${enterprise[0]},${enterprise[1]},基准,董事长,2019-01,,60,90,150,20,18,0,188,否,,\n`;
  const actor = await actorByUsername(db, filer);
  const bytes = new TextEncoder().encode(csv);
  const { submissionId: id } = await uploadSubmission(
    db,
    actor,
    { dataset: 'EXECUTIVE_PAY', filename: 'b.csv', bytes },
    { maxBytes: 1e6 },
  );
  await submitSubmission(db, actor, { id });
  await reviewSubmission(db, await actorByUsername(db, 'muni-reviewer'), { id, decision: 'APPROVE' });
  await publishSubmission(db, await actorByUsername(db, 'muni-approver'), id);
  return id;
}

/** A scratch database with `records` published executive-pay rows, loaded by COPY. */
export async function benchDatabase(serverUrl: string, name: string, records: number): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 2 });
  await migrate(db);
  await seedDemo(db);
  const frames = [
    await publishedFrame(db, 'ent-a', ['上海示范城建集团有限公司', '913100001322000126']),
    await publishedFrame(db, 'ent-b', ['上海示范公交集团有限公司', '913100001322000201']),
  ];
  let text = '';
  for (let i = 0; i < records; i += 1) {
    const base = 30 + (i % 50);
    const perf = 40 + (i % 70);
    const total = base + perf + 38;
    const row = [
      frames[i % 2],
      100 + i,
      2019 + (i % 5),
      `职工${i}`,
      i % 3 ? '副总经理' : '董事长',
      base,
      perf,
      base + perf,
      20,
      18,
      0,
      total,
      'f',
    ];
    text += `${row.join('\t')}\n`;
  }
  await db.transaction((tx) =>
    tx.copyFrom(
      `COPY rows_executive_pay (submission_id, row_number, fiscal_year, name, position, base_salary, performance_salary,
       annual_salary_payable, term_incentive, employer_contributions, other_cash_income, total_pre_tax, paid_by_related_party)
     FROM STDIN`,
      text,
    ),
  );
  await db.sql.exec('ANALYZE');
  await db.close();
  return url.toString();
}
