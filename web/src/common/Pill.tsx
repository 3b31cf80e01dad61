import { Tag } from 'antd';
import type { ReactNode } from 'react';

// antd's preset tag colours put light text on light backgrounds (below 4.5:1): these pairs keep
// the hue and reach WCAG AA.
const TONES = {
  red: ['#a8071a', '#fff1f0'],
  volcano: ['#871400', '#fff2e8'],
  orange: ['#873800', '#fff7e6'],
  gold: ['#614700', '#fffbe6'],
  green: ['#135200', '#f6ffed'],
  cyan: ['#00474f', '#e6fffb'],
  blue: ['#003eb3', '#e6f4ff'],
  default: ['#262626', '#fafafa'],
} as const;

export type Tone = keyof typeof TONES;

export function Pill({ tone, children }: { tone: Tone; children: ReactNode }) {
  const [color, background] = TONES[tone];
  return <Tag style={{ color, background, borderColor: color }}>{children}</Tag>;
}
