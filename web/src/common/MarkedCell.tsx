import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useLang } from '../i18n';
import type { CellMark } from './issue-marks';

// Read by screen readers, not shown: the tooltip says the same to the eye.
const SCREEN_READER_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export const MARK_BACKGROUND = { ERROR: '#fff1f0', WARNING: '#fffbe6' } as const;

/**
 * A cell of the sheet with a problem: an icon (not colour alone), the message in a tooltip on hover
 * or keyboard focus, and the same message for screen readers.
 */
export function MarkedCell({ mark, children }: { mark: CellMark; children: ReactNode }) {
  const { lang, t } = useLang();
  const message = mark.messages.map((m) => m[lang]).join(t('；', '; '));
  const kind = mark.severity === 'ERROR' ? t('错误', 'Error') : t('提示', 'Warning');
  return (
    <Tooltip title={`${kind}：${message}`} trigger={['hover', 'focus']}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the message to keyboard users */}
      <span tabIndex={0} data-mark={mark.severity}>
        {mark.severity === 'ERROR' ? (
          <CloseCircleFilled aria-hidden style={{ color: '#cf1322', marginRight: 4 }} />
        ) : (
          <WarningFilled aria-hidden style={{ color: '#ad6800', marginRight: 4 }} />
        )}
        {children}
        <span style={SCREEN_READER_ONLY}>{`（${kind}：${message}）`}</span>
      </span>
    </Tooltip>
  );
}
