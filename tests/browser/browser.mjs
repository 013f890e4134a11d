// Debian's Chromium, headless, driven over WebDriver by selenium-webdriver
// through Debian's chromedriver (package chromium-driver). Both paths are
// explicit, so Selenium Manager never runs and nothing is downloaded. The
// flags are the ones this machine needs (no sandbox as root, no background
// networking on a closed network).
//
// Page wraps one WebDriver session (its own cookies, like a fresh browser
// profile) with the few lookups the tests use: a form control by its label,
// a button or link by its accessible name, text on the page. Lookups run in
// the page, match like a screen reader would (visible elements, label text
// or aria-label), and throw when nothing or more than one element matches.
import { Builder, By, Key, until } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import fs from 'node:fs';
import path from 'node:path';

export { Key };

const TIMEOUT = 10000;
const sessions = new Set();

// Full-page screenshots at a phone's and a desktop's width.
export const WIDTHS = { phone: 390, desktop: 1280 };

export async function newPage() {
  const options = new chrome.Options();
  options.setChromeBinaryPath(process.env.CHROMIUM || '/usr/bin/chromium');
  options.addArguments('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                       '--disable-background-networking', '--disable-component-update', '--disable-sync',
                       '--disable-dev-shm-usage', '--lang=zh-CN', '--window-size=1280,900');
  options.setUserPreferences({ 'intl.accept_languages': 'zh-CN' });
  const service = new chrome.ServiceBuilder(process.env.CHROMEDRIVER || '/usr/bin/chromedriver');
  const driver = await new Builder().forBrowser('chrome').setChromeOptions(options)
    .setChromeService(service).build();
  sessions.add(driver);
  const page = new Page(driver);
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
  return page;
}

// Ends every session newPage opened.
export async function closeAll() {
  for (const driver of sessions) await driver.quit().catch(() => {});
  sessions.clear();
}

// Finds, in the page, the visible elements matching `how` (label, role,
// text, css); `pattern` is { source, flags } of a RegExp or { text, exact }.
function findInPage(how, pattern, extra) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const matches = (name) => {
    name = norm(name);
    if (pattern.source !== undefined) return new RegExp(pattern.source, pattern.flags).test(name);
    return pattern.exact ? name === pattern.text : name.toLowerCase().includes(pattern.text.toLowerCase());
  };
  const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
  let found = [];
  if (how === 'label') {
    for (const label of document.querySelectorAll('label')) {
      if (label.control && matches(label.textContent)) found.push(label.control);
    }
    for (const el of document.querySelectorAll('[aria-label]')) {
      if (matches(el.getAttribute('aria-label'))) found.push(el);
    }
    for (const el of document.querySelectorAll('[aria-labelledby]')) {
      const ids = el.getAttribute('aria-labelledby').split(/\s+/);
      if (matches(ids.map((id) => document.getElementById(id)?.textContent).join(' '))) found.push(el);
    }
    // A file input or checkbox may be hidden behind its styled label.
    found = [...new Set(found)].filter((el) => visible(el) || (el.labels && [...el.labels].some(visible)));
  } else if (how === 'role') {
    const selector = extra === 'button'
      ? 'button, input[type=submit], input[type=button], [role=button]' : 'a[href], [role=link]';
    for (const el of document.querySelectorAll(selector)) {
      const name = el.getAttribute('aria-label') || el.textContent || el.value;
      if (visible(el) && matches(name)) found.push(el);
    }
  } else if (how === 'text') {
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el) || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
      if (matches(el.textContent) && ![...el.children].some((c) => matches(c.textContent))) found.push(el);
    }
  }
  return found;
}

function toPattern(name, exact) {
  return name instanceof RegExp ? { source: name.source, flags: name.flags } : { text: name, exact: !!exact };
}

export class Page {
  constructor(driver) { this.driver = driver; }

  async goto(url) {
    await this.driver.get(url);
    // The navigation's HTTP status, as the browser saw it.
    const status = await this.driver.executeScript(
      'const n = performance.getEntriesByType("navigation")[0]; return n ? n.responseStatus : 0;');
    return { status: () => status };
  }

  async url() { return this.driver.getCurrentUrl(); }
  async content() { return this.driver.getPageSource(); }
  evaluate(fn, ...args) { return this.driver.executeScript(fn, ...args); }

  // Waits until `how`/`pattern` matches elements; returns them (first when one).
  async #find(how, name, { exact, extra, all } = {}) {
    const pattern = toPattern(name, exact);
    let last = [];
    try {
      await this.driver.wait(async () => {
        last = await this.driver.executeScript(findInPage, how, pattern, extra);
        return last.length === 1 || (all && last.length > 1);
      }, TIMEOUT);
    } catch (e) {
      throw new Error(`${how} ${extra || ''} ${name}: ${last.length} matches (${e.message})`);
    }
    return all ? last : last[0];
  }

  getByLabel(name, opts = {}) { return new Locator(this, () => this.#find('label', name, opts)); }
  getByRole(role, { name, exact } = {}) {
    return new Locator(this, () => this.#find('role', name, { exact, extra: role }));
  }
  getByRoleFirst(role, { name, exact } = {}) {
    return new Locator(this, async () => (await this.#find('role', name, { exact, extra: role, all: true }))[0]);
  }
  getByText(text, opts = {}) {
    return new Locator(this, async () => (await this.#find('text', text, { ...opts, all: true }))[0]);
  }
  locator(css) {
    return new Locator(this, async () => {
      const el = await this.driver.wait(until.elementLocated(By.css(css)), TIMEOUT);
      await this.driver.wait(until.elementIsVisible(el), TIMEOUT);
      return el;
    }, css);
  }

  async waitForURL(regex) { await this.driver.wait(until.urlMatches(regex), TIMEOUT); }
  async waitForLoadState() {
    await this.driver.wait(() => this.driver.executeScript('return document.readyState === "complete"'), TIMEOUT);
  }

  // The viewport (not the window) at this size: the window is resized by
  // whatever the browser's frame takes.
  async setViewportSize({ width, height }) {
    const win = this.driver.manage().window();
    await win.setRect({ width, height });
    for (let i = 0; i < 3; i++) {
      const [w, h] = await this.driver.executeScript('return [window.innerWidth, window.innerHeight]');
      if (w === width && h === height) return;
      const rect = await win.getRect();
      await win.setRect({ width: rect.width + width - w, height: rect.height + height - h });
    }
  }

  // A request from the page (its cookies, same origin); resolves to
  // { status, contentType, head } with head the body's first two bytes.
  async request(method, url, form) {
    return this.driver.executeAsyncScript(function (method, url, form, done) {
      fetch(url, { method, body: form ? new URLSearchParams(form) : undefined, credentials: 'same-origin' })
        .then(async (res) => {
          const bytes = new Uint8Array(await res.arrayBuffer());
          done({ status: res.status, contentType: res.headers.get('content-type') || '',
                 head: String.fromCharCode(...bytes.subarray(0, 2)) });
        })
        .catch((e) => done({ status: 0, contentType: '', head: '', error: String(e) }));
    }, method, url, form ?? null);
  }

  // Key presses and typing to whatever element has focus.
  async press(key) { await this.driver.actions().sendKeys(key).perform(); }
  async type(text) { await this.driver.actions().sendKeys(text).perform(); }
}

export class Locator {
  constructor(page, resolve) { this.page = page; this.resolve = resolve; }
  get driver() { return this.page.driver; }
  first() { return this; }

  async waitFor() { await this.resolve(); }
  async click() {
    const el = await this.resolve();
    await this.driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
    await el.click();
  }
  async fill(value) {
    const el = await this.resolve();
    const type = await this.driver.executeScript('return arguments[0].type', el);
    if (['date', 'time', 'datetime-local', 'month'].includes(type)) {
      // Typing into a date field depends on the locale's field order.
      await this.driver.executeScript(
        'arguments[0].value = arguments[1];' +
        'arguments[0].dispatchEvent(new Event("input", {bubbles: true}));' +
        'arguments[0].dispatchEvent(new Event("change", {bubbles: true}));', el, value);
      return;
    }
    await el.clear();
    await el.sendKeys(value);
  }
  async check() {
    const el = await this.resolve();
    if (!(await el.isSelected())) await this.driver.executeScript('arguments[0].click()', el);
  }
  async selectOption(what) {
    const el = await this.resolve();
    const ok = await this.driver.executeScript(function (select, what) {
      const option = [...select.options].find((o) => (what.label !== undefined
        ? o.label === what.label : o.value === what.value || o.label === what.value));
      if (!option) return false;
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, el, typeof what === 'string' ? { value: what } : what);
    if (!ok) throw new Error(`no option ${JSON.stringify(what)}`);
  }
  async setInputFiles(file) { await (await this.resolve()).sendKeys(file); }
  async textContent() { return this.driver.executeScript('return arguments[0].textContent', await this.resolve()); }
  async innerText() { return this.driver.executeScript('return arguments[0].innerText', await this.resolve()); }
  async inputValue() { return this.driver.executeScript('return arguments[0].value', await this.resolve()); }
  async getAttribute(name) {
    return this.driver.executeScript('return arguments[0].getAttribute(arguments[1])', await this.resolve(), name);
  }
}

// Full-page screenshots at each width: WebDriver captures the viewport, so
// the viewport is made as tall as the page first.
export async function screenshot(page, name) {
  const dir = process.env.DPFEED_SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const width of Object.values(WIDTHS)) {
    await page.setViewportSize({ width, height: 900 });
    const height = await page.evaluate('return document.documentElement.scrollHeight');
    await page.setViewportSize({ width, height: Math.max(900, height) });
    const png = await page.driver.takeScreenshot();
    fs.writeFileSync(path.join(dir, `${name}-${width}.png`), Buffer.from(png, 'base64'));
  }
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
}
