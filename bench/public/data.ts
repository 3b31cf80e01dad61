import { searchText } from '../../schema/derive/redaction.js';
import type { Database } from '../../src/db/database.js';
import { seedDemoSubmissions } from '../../src/demo/demo-submissions.js';
import { seedDemo } from '../../src/demo/seed.js';
import { copyLine } from '../../src/submissions/copy-text.js';
import { datasetOf } from '../../src/submissions/datasets.js';

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华平刚桂兰'];
const POSITIONS = [
  '党委书记、董事长',
  '党委副书记、总经理',
  '副总经理',
  '总会计师',
  '纪委书记',
  '董事会秘书',
];
const ENTERPRISES = ['上海示范城建集团有限公司', '上海示范城建浦东置业有限公司'];

/** A deterministic stream of choices, so every run publishes the same records. */
function* random(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield x;
  }
}

/**
 * The demo (organisations, accounts, its published submissions through the real services), then
 * `count` more executive-pay records of enterprise a, copied straight into published_record in the
 * form publication gives them (public values, search text), 1,000 per publication.
 */
export async function loadPublishedRecords(owner: Database, count: number) {
  await seedDemo(owner);
  await seedDemoSubmissions(owner);
  const { rows } = await owner.sql.query<{
    submission_id: string;
    enterprise_id: string;
    published_at: Date;
  }>(
    `SELECT submission_id, enterprise_id, published_at FROM published_record WHERE dataset = 'EXECUTIVE_PAY'
     ORDER BY published_at LIMIT 1`,
  );
  const base = rows[0]!;
  const def = datasetOf('EXECUTIVE_PAY');
  const pick = random(42);
  const any = <T>(list: T[]) => list[(pick.next().value as number) % list.length] as T;
  const columns =
    'submission_id, dataset, enterprise_id, enterprise_name, row_number, record_key, published_at, "values", search_text';
  let text = '';
  for (let i = 0; i < count; i++) {
    const values = {
      fiscalYear: 2019 + (i % 6),
      enterpriseName: any(ENTERPRISES),
      enterpriseCode: '913100001322000126',
      name: any(SURNAMES) + any(GIVEN) + any(GIVEN),
      position: any(POSITIONS),
      tenureStart: `20${10 + (i % 12)}-0${1 + (i % 9)}`,
      tenureEnd: i % 3 === 0 ? 'OPEN' : null,
      baseSalary: String(40 + (i % 30)),
      performanceSalary: `${50 + (i % 40)}.5`,
      totalPreTax: `${120 + (i % 80)}.25`,
      paidByRelatedParty: i % 10 === 0,
      remarks: i % 50 === 0 ? '=按实际任职月份计算' : null,
    };
    const at = new Date(base.published_at.getTime() - Math.floor(i / 1000) * 3_600_000).toISOString();
    const name = '上海示范城建集团有限公司';
    text += copyLine([
      base.submission_id,
      'EXECUTIVE_PAY',
      base.enterprise_id,
      name,
      1000 + i,
      null,
      at,
      JSON.stringify(values),
      searchText(def, values, name),
    ]);
  }
  await owner.transaction((tx) => tx.copyFrom(`COPY published_record (${columns}) FROM STDIN`, text));
  await owner.sql.exec('VACUUM ANALYZE published_record');
}
