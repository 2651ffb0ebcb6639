import { expect, it, vi } from 'vitest';
import { renderSvg } from '../../src/report/html/render.js';

it('renderSvg hands back what Vega-Lite warns about instead of printing it', async () => {
  const warn = vi.spyOn(console, 'warn');
  const log = vi.spyOn(console, 'log');
  // A bar has no shape: Vega-Lite drops the channel and warns.
  const { svg, warnings } = await renderSvg({
    data: { values: [{ a: 1, b: 'x' }] },
    mark: 'bar',
    encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b', type: 'nominal' } },
  });
  expect(svg).toMatch(/^<svg /);
  expect(warnings.join('\n')).toMatch(/shape/);
  expect(warn).not.toHaveBeenCalled();
  expect(log).not.toHaveBeenCalled();
});
