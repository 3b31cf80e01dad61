import { Table, type TableProps } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * antd's Table, with its scrolling regions reachable by keyboard (WCAG 2.1.1: a region that scrolls
 * must be focusable so that keyboard users can scroll it). antd gives them no tabindex.
 */
const SCROLLERS = '.ant-table-content, .ant-table-body, .ant-table-tbody-virtual-holder';

export function DataTable<Row extends object>(props: TableProps<Row> & { label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // After every render (new rows, a new page): antd re-creates these elements as it pleases. No
  // MutationObserver: setting attributes from one would feed back into antd's own observers.
  useEffect(() => {
    for (const el of ref.current?.querySelectorAll<HTMLElement>(SCROLLERS) ?? []) {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
      if (props.label && !el.hasAttribute('aria-label')) el.setAttribute('aria-label', props.label);
    }
  });
  const { label: _label, locale, ...rest } = props;
  // antd greys a text empty message (#bfbfbf, 1.8:1 on white): it is a message, not a disabled control.
  const readableLocale =
    locale?.emptyText === undefined || typeof locale.emptyText === 'function'
      ? locale
      : { ...locale, emptyText: <span style={{ color: '#595959' }}>{locale.emptyText as ReactNode}</span> };
  return (
    <div ref={ref}>
      <Table<Row> {...rest} locale={readableLocale} />
    </div>
  );
}
