// Identifiers computed here from GB 32100 / GB 11643 directly, not through schema/identifiers/,
// so the probes do not share the code's assumptions.

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid USCC from its first 17 characters. */
export function uscc(first17: string): string {
  if (first17.length !== 17) throw new Error(`USCC stem must have 17 characters: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARS.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`not a USCC character: ${first17.charAt(i)}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return first17 + USCC_CHARS.charAt((31 - (sum % 31)) % 31);
}

/** The same code with another (wrong) check character. */
export function usccWrongCheck(first17: string): string {
  const good = uscc(first17);
  return first17 + (good.endsWith('0') ? '1' : '0');
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 18-character resident ID from its first 17 digits. */
export function residentId(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] ?? 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

export function residentIdWrongCheck(first17: string): string {
  const good = residentId(first17);
  return first17 + (good.endsWith('1') ? '2' : '1');
}

/** Enterprises of the probes: realistic names, codes with valid check characters. */
export const ENT = {
  chengjian: { name: '上海城建发展集团有限公司', code: uscc('91310000MA1FL3XK2') },
  jiaotong: { name: '上海久事公共交通集团有限公司', code: uscc('91310000132211708') },
  shuiwu: { name: '上海嘉定自来水有限公司', code: uscc('91310114134567890') },
  jixie: { name: '上海申城机械制造有限公司', code: uscc('91310114MA1GT5RX4') },
  wuye: { name: '上海城建物业服务有限公司', code: uscc('91310104MA1H2KQ36') },
  touzi: { name: '上海浦江投资管理有限公司', code: uscc('91310115MA1K4DPW8') },
  numeric: { name: '上海临港实业有限公司', code: uscc('91310115324567891') },
} as const;
