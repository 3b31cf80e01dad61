import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from './auth/session';
import { LangProvider, useLang } from './i18n';
import { AppRoutes } from './routes';

function Themed() {
  const { lang } = useLang();
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      // A darker primary than antd's default keeps text on buttons and links above WCAG AA contrast.
      theme={{
        token: {
          colorPrimary: '#0958d9',
          // antd derives a lighter hover (#2e7ae6, 4.2:1 under white text): hovered and pressed
          // buttons go darker instead.
          colorPrimaryHover: '#003eb3',
          colorPrimaryActive: '#002c8c',
          colorLink: '#0958d9',
          // antd's lighter greys fall below 4.5:1 on white (WCAG AA): darker secondary text.
          colorTextDescription: '#595959',
          colorTextSecondary: '#595959',
          colorTextTertiary: '#595959',
          colorTextPlaceholder: '#6e6e6e',
          colorError: '#cf1322',
        },
      }}
      // 登录 stays 登录 (antd would space two-character labels as 登 录).
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <SessionProvider>
          <BrowserRouter basename="/app">
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LangProvider>
      <Themed />
    </LangProvider>
  );
}
