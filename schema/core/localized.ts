/** Every human-facing text in Sunshine exists in Chinese (the users' language) and English. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = keyof Localized;
