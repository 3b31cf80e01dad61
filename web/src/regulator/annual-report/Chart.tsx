import { theme } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts-for-react/esm/types';

// Only the parts the annual report draws (bars, axes, legend, tooltip) and the SVG renderer: crisp
// when printed or zoomed, and it keeps the page's chunk small. This module is imported by the
// annual report page alone, so echarts loads with that page and nowhere else.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * One chart, named for assistive technology by `summary` (role="img": the picture is one image, its
 * words are the summary). The same figures are always in a table beside it: a chart is never the
 * only carrier of a number.
 */
export function Chart({
  option,
  summary,
  height,
}: {
  option: EChartsOption;
  summary: string;
  height: number;
}) {
  // The page's own font, named: echarts measures labels with it to fit them inside the chart (an
  // `inherit` would be measured as its default font, and long Chinese names would be cut).
  const { token } = theme.useToken();
  return (
    <div role="img" aria-label={summary}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ textStyle: { fontFamily: token.fontFamily }, animation: false, ...option }}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
