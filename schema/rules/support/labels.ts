import type { Localized } from '../../core/localized.js';

/** Enum labels the rule messages quote (the enum field types own the full lists). */
export const TRANSACTION_TYPE: Record<string, Localized> = {
  EQUITY_TRANSFER: { zh: '产权转让', en: 'equity transfer' },
  CAPITAL_INCREASE: { zh: '增资扩股', en: 'capital increase' },
  ASSET_TRANSFER: { zh: '资产转让', en: 'asset transfer' },
};

export const TRADING_METHOD: Record<string, Localized> = {
  AUCTION: { zh: '拍卖', en: 'auction' },
  TENDER: { zh: '招投标', en: 'tender' },
  ONLINE_BIDDING: { zh: '网络竞价', en: 'online bidding' },
  AGREEMENT: { zh: '协议转让', en: 'agreement' },
  COMPETITIVE_NEGOTIATION: { zh: '竞争性谈判', en: 'competitive negotiation' },
  COMPREHENSIVE_EVALUATION: { zh: '综合评议', en: 'comprehensive evaluation' },
};

/** The key itself when a regulator has added a value this table does not know. */
export function labelOf(table: Record<string, Localized>, key: string): Localized {
  return table[key] ?? { zh: key, en: key };
}
