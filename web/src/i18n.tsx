import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

export type Lang = 'zh' | 'en';

interface LangContext {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Picks the text for the current language; Chinese is the default. */
  t: (zh: string, en: string) => string;
  /** Picks from a `{ zh, en }` pair as the API sends it. */
  l: (text: { zh: string; en: string } | null | undefined) => string;
}

const Context = createContext<LangContext | null>(null);
const KEY = 'sunshine.lang';

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(KEY) === 'en' ? 'en' : 'zh'));
  const value = useMemo<LangContext>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem(KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setLangState(next);
      },
      t: (zh, en) => (lang === 'zh' ? zh : en),
      l: (text) => (text ? text[lang] : ''),
    }),
    [lang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLang(): LangContext {
  const value = useContext(Context);
  if (!value) throw new Error('useLang outside LangProvider');
  return value;
}
