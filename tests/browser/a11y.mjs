// Accessibility checks run inside the page: WCAG 2.1 text contrast and
// keyboard focus. Each returns plain data the tests assert on; `page` is
// a Page of browser.mjs (a WebDriver session).
import { Key } from './browser.mjs';

// Every visible element with its own text whose contrast against its
// effective background is below WCAG AA (4.5, or 3.0 for large text: at
// least 24px, or bold and at least 18.66px). The background is the first
// opaque ancestor background-color, with translucent layers composited over
// it (white when none). SVG text (the chart) is drawn with fill, not color,
// and is left out.
export async function contrastFailures(page) {
  return page.evaluate(() => {
    const parse = (css) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top, below) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
    };
    const luminance = (rgb) => {
      const lin = rgb.slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] === 0) continue;
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reduceRight((below, top) => over(top, below), [255, 255, 255, 1]);
    };
    const failures = [];
    let checked = 0;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg, script, style, template, select, datalist')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)
                    .map((n) => n.textContent).join('').trim();
      if (!own) continue;
      const style = getComputedStyle(el);
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ||
          el.getClientRects().length === 0) continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      checked++;
      if (ratio < (large ? 3 : 4.5) - 1e-9) {
        failures.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${own.slice(0, 30)}" ` +
                      `${style.color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')}) ` +
                      `ratio ${ratio.toFixed(2)}`);
      }
    }
    return { checked, failures };
  });
}

// Tabs through a freshly loaded page from its start, once round: for every element
// that takes focus, its selector-ish name, whether it lies inside `scope`
// (a selector), and whether focus is visible on it (an outline or a box
// shadow). Stops when focus leaves the document or comes back round; the
// parts of a date input count as one element.
export async function tabThrough(page, scope) {
  const seen = [];
  for (let i = 0; i < 500; i++) {
    await page.press(Key.TAB);
    const step = await page.evaluate((scope) => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A date input takes one Tab per part (year, month, day).
      if (el.dataset.tabSeen) return el.dataset.tabSeen === 'last' ? 'same' : null;
      document.querySelector('[data-tab-seen=last]')?.setAttribute('data-tab-seen', '1');
      el.dataset.tabSeen = 'last';
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      return {
        name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? `[name=${el.name}]` : ''),
        inScope: !!el.closest(scope),
        visible: outline || (s.boxShadow && s.boxShadow !== 'none'),
      };
    }, scope);
    if (!step) break;
    if (step !== 'same') seen.push(step);
  }
  return seen;
}
