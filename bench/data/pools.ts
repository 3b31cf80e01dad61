/** Word pools for realistic executive-pay rows: municipal SOE names, executives and their posts. */
export const CITIES = [
  '上海',
  '深圳',
  '广州',
  '杭州',
  '成都',
  '武汉',
  '南京',
  '重庆',
  '西安',
  '苏州',
  '天津',
  '青岛',
];

export const CORES = [
  '城市建设投资',
  '建工',
  '地产',
  '交通投资',
  '水务',
  '国际港务',
  '机场',
  '电气',
  '医药',
  '农业发展',
  '轨道交通',
  '国有资本运营',
  '文化旅游',
  '能源',
  '公共交通',
  '环境',
];

export const SUFFIXES = ['集团有限公司', '控股集团有限公司', '（集团）有限公司', '发展有限公司'];

/** GB/T 2260 codes of the cities above, in the same order (positions 3–8 of a USCC). */
export const REGION_CODES = [
  '310000',
  '440300',
  '440100',
  '330100',
  '510100',
  '420100',
  '320100',
  '500000',
  '610100',
  '320500',
  '120000',
  '370200',
];

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁'.split(
  '',
);

export const GIVEN_NAMES = [
  '建国',
  '志强',
  '海波',
  '丽华',
  '伟',
  '敏',
  '静',
  '卫东',
  '晓明',
  '红梅',
  '立新',
  '国庆',
  '振华',
  '雪松',
  '宏伟',
  '慧',
  '子豪',
  '文博',
  '秀英',
  '春生',
  '德明',
  '永刚',
];

/** Posts in template order: the first row of each enterprise is its 党委书记、董事长. */
export const POSITIONS = [
  '党委书记、董事长',
  '党委副书记、总经理',
  '党委副书记',
  '纪委书记',
  '副总经理',
  '副总经理',
  '总会计师',
  '董事会秘书',
];

export const REMARKS = [
  '',
  '',
  '',
  '',
  '2024年3月起任职',
  '兼任子公司董事长',
  '按任职时间折算',
  '含以前年度补发',
];
