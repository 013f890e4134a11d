// The web console end to end: the real daemon, Debian's headless Chromium,
// and the paths people take: a department logs in, enters a record with an
// error and fixes it, imports a workbook with one bad row and then a good
// one; it cannot open another department's record or the admin pages; an
// auditor's dashboard shows the API's numbers; a citizen finds a published
// notice by name and sees it masked; everyone logs out. Then accessibility:
// the keyboard alone logs in and reaches every control of the entry form
// with focus shown, and text meets WCAG AA contrast on each kind of page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Daemon } from './daemon.mjs';
import { newPage, closeAll, screenshot, Key } from './browser.mjs';
import { contrastFailures, tabThrough } from './a11y.mjs';

const MARKET = '11370784MB28503836';
const TRANSPORT = '11370784MB28503849';
const PASSWORD = 'correct horse battery';

let daemon, tokens = {};
let entered;  // the penalty entered through the form

before(async () => {
  daemon = new Daemon(process.env.DPFEED_BINARY);
  daemon.setClock('2026-11-23T10:00:00');  // a Monday
  daemon.cli(['department', 'add', '--code', 'scjgj', '--name', '市场监督管理局', '--uscc', MARKET]);
  daemon.cli(['department', 'add', '--code', 'jtysj', '--name', '安丘市交通运输局', '--uscc', TRANSPORT]);
  for (const [login, role, dept] of [['zhang.san', 'department', 'scjgj'], ['li.si', 'department', 'jtysj'],
                                     ['wang.wu', 'auditor'], ['admin.one', 'admin']]) {
    daemon.cli(['user', 'add', login, '--role', role, ...(dept ? ['--department', dept] : []), '--password-stdin'],
               PASSWORD + '\n');
  }
  tokens.transport = daemon.cli(['token', 'create', '--role', 'department', '--department', 'jtysj']).trim();
  tokens.market = daemon.cli(['token', 'create', '--role', 'department', '--department', 'scjgj']).trim();
  tokens.auditor = daemon.cli(['token', 'create', '--role', 'auditor']).trim();
  await daemon.start();
});

after(async () => {
  await closeAll();
  if (daemon) await daemon.stop();
});

async function login(page, who) {
  await page.goto(daemon.url + '/console/login');
  await page.getByLabel('登录名').fill(who);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  // The old page is "complete" until the browser navigates: wait for the
  // console page the login redirects to, not only for a loaded document
  // (under load, the next goto() raced the session cookie and landed on the
  // login page again).
  await page.waitForURL(/\/console\/(?!login)/);
  await page.waitForLoadState();
}

async function logout(page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/console\/login\?bye=1$/);
}

function fixture(kind) {
  const file = path.join(daemon.dir, `导入-${kind}.xlsx`);
  execFileSync(process.env.DPFEED_FIXTURE_TOOL, [file, kind]);
  return file;
}

test('a department enters a record with an error, fixes it and sees the masked preview and deadline', async () => {
  const page = await newPage();
  await login(page, 'zhang.san');
  assert.match((await page.url()), /\/console\/records/);
  await page.getByRole('link', { name: '录入行政处罚' }).click();
  await page.getByLabel('行政相对人名称').fill('张三丰');
  await page.getByLabel('行政相对人类别').selectOption('自然人');
  await page.getByLabel(/^证件类型/).fill('身份证');
  await page.getByLabel(/^证件号码/).fill('11010519491231002X');
  await page.getByLabel('行政处罚决定书文号').fill('安市监罚〔2026〕1号');
  await page.getByLabel('违法事实').fill('当事人张三丰销售超过保质期的食品，联系电话13812345678。');
  await page.getByLabel('处罚依据').fill('《中华人民共和国食品安全法》第一百二十四条');
  await page.getByLabel('警告').check();
  await page.getByLabel('罚款', { exact: true }).check();
  await page.getByLabel('处罚内容').fill('警告，并处罚款5000元');
  await page.getByLabel('罚款金额（万元）').fill('abc');
  await page.getByLabel('处罚决定日期').fill('2026-11-20');
  await page.getByRole('button', { name: '校验并预览' }).click();

  // The API's own messages, next to their fields; nothing saved yet.
  const wfxwError = page.locator('#e_CF_WFXW');
  await wfxwError.waitFor();
  assert.match(await wfxwError.textContent(), /违法行为类型/);
  assert.ok((await page.locator('#e_CF_NR_FK').textContent()).length > 0);
  assert.equal(await page.getByLabel('行政相对人名称').inputValue(), '张三丰', 'entered values are kept');
  await screenshot(page, 'entry-form');

  await page.getByLabel('违法行为类型').fill('销售过期食品');
  await page.getByLabel('罚款金额（万元）').fill('0.5');
  await page.getByRole('button', { name: '校验并预览' }).click();
  await page.getByText('公示期限 2026-12-01').waitFor();
  const preview = await page.locator('dl.pairs').textContent();
  assert.match(preview, /张\*\*/, 'the name is masked as it will be published');
  assert.doesNotMatch(preview, /张三丰|13812345678|11010519491231002X/);
  await page.getByRole('button', { name: '确认保存' }).click();
  await page.getByText('已保存。').waitFor();
  assert.match((await page.url()), /\/console\/records\/penalty\/\d+/);

  // Stored exactly as the API would have stored it.
  const id = (await page.url()).match(/penalty\/(\d+)/)[1];
  entered = id;
  const api = await daemon.api('GET', `/api/v1/penalties/${id}`, tokens.market);
  assert.equal(api.status, 200);
  assert.equal(api.json.record.CF_NR_FK, '0.5');
  assert.equal(api.json.deadline, '2026-12-01');

  // A correction: the stored record comes back in the form, the document
  // number cannot change, and the save makes version 2.
  await page.getByRole('link', { name: '更正' }).click();
  assert.equal(await page.getByLabel('行政处罚决定书文号').inputValue(), '安市监罚〔2026〕1号');
  assert.ok(await page.getByLabel('行政处罚决定书文号').getAttribute('readonly') !== null);
  await page.getByLabel('罚款金额（万元）').fill('0.6');
  await page.getByRole('button', { name: '校验并预览' }).click();
  await page.getByRole('button', { name: '确认保存' }).click();
  await page.getByText('已保存为新版本（更正）').waitFor();
  const corrected = await daemon.api('GET', `/api/v1/penalties/${id}`, tokens.market);
  assert.equal(corrected.json.version, 2);
  assert.equal(corrected.json.record.CF_NR_FK, '0.6');
  await logout(page);
});

test('an import with one bad row saves nothing and names the row; the fixed file imports', async () => {
  const page = await newPage();
  await login(page, 'zhang.san');
  await page.getByRole('link', { name: '批量导入' }).click();
  await page.getByLabel('文件', { exact: true }).setInputFiles(fixture('bad'));
  await page.getByRole('button', { name: '导入' }).click();
  await page.getByText('未保存任何记录').waitFor();
  const errors = await page.locator('#import-errors').textContent();
  assert.match(errors, /行政处罚 第3行 F列/);
  assert.match(errors, /CF_NR_FK/);
  const link = page.getByRole('link', { name: /下载错误清单/ });
  const download = await page.request('GET', daemon.url + await link.getAttribute('href'));
  assert.equal(download.status, 200);
  assert.match(download.contentType, /spreadsheetml/);
  assert.equal(download.head, 'PK');
  let list = await daemon.api('GET', '/api/v1/penalties', tokens.market);
  assert.equal(list.json.items.filter((r) => r.wsh.startsWith('安市监罚〔2026〕10')).length, 0, 'all or nothing');

  await page.getByLabel('文件', { exact: true }).setInputFiles(fixture('good'));
  await page.getByRole('button', { name: '导入' }).click();
  await page.getByText('新增 3 条').waitFor();
  list = await daemon.api('GET', '/api/v1/penalties', tokens.market);
  assert.equal(list.json.items.filter((r) => r.wsh.startsWith('安市监罚〔2026〕10')).length, 2);
  await page.goto(daemon.url + '/console/records?kind=penalty');
  assert.match(await page.locator('table').textContent(), /安市监罚〔2026〕102号/);

  // Revocation with a reason, from the record's page.
  await page.getByRole('link', { name: '安市监罚〔2026〕102号' }).click();
  await page.getByLabel('撤下类型').selectOption('revoke');
  await page.getByLabel('原因', { exact: true }).fill('原处罚决定已被依法撤销');
  await page.getByRole('button', { name: '撤下该决定' }).click();
  await page.getByText('已保存，将在3个工作日内撤下公示').waitFor();
  const revoked = (await page.url()).match(/penalty\/(\d+)/)[1];
  const state = await daemon.api('GET', `/api/v1/penalties/${revoked}`, tokens.market);
  assert.equal(state.json.status, 'revoked');
  assert.equal(state.json.status_reason, '原处罚决定已被依法撤销');
  await logout(page);
});

test('a department cannot open another department\'s record or the admin pages', async () => {
  const posted = await daemon.api('POST', '/api/v1/penalties', tokens.transport, {
    CF_XDR_MC: '安丘市某某运输有限公司', CF_XDR_LB: '法人及非法人组织', CF_XDR_SHXYM: '91370784MA3C12345X',
    CF_FRDB: '孙八', CF_WSH: '安交罚〔2026〕1号', CF_WFXW: '超限运输', CF_SY: '车辆超限。', CF_YJ: '《公路法》',
    CF_CFLB: '罚款', CF_NR: '罚款0.2万元', CF_NR_FK: '0.2', CF_JDRQ: '2026-11-20', CF_CFJG: '安丘市交通运输局',
    CF_CFJGDM: TRANSPORT });
  assert.equal(posted.status, 201, posted.text);
  const foreign = posted.json.records[0].id;
  const page = await newPage();
  await login(page, 'zhang.san');
  let res = await page.goto(`${daemon.url}/console/records/penalty/${foreign}`);
  assert.equal(res.status(), 403);
  assert.doesNotMatch(await page.content(), /安丘市某某运输有限公司/);
  res = await page.goto(`${daemon.url}/console/new/penalty?from=${foreign}`);
  assert.equal(res.status(), 403);
  for (const admin of ['/console/admin', '/console/admin/outbox', '/console/audit', '/console/audit/records']) {
    res = await page.goto(daemon.url + admin);
    assert.equal(res.status(), 403, admin);
  }
  // A form posted without the session's CSRF token changes nothing.
  const forged = await page.request('POST', `${daemon.url}/console/records/penalty/${entered}/revoke`,
                                    { reason: 'forged' });
  assert.equal(forged.status, 403);
  assert.equal((await daemon.api('GET', `/api/v1/penalties/${entered}`, tokens.market)).json.status, 'active');
  await logout(page);
  res = await page.goto(daemon.url + '/console/records');
  assert.match((await page.url()), /\/console\/login/, 'after log-out the console asks for a login again');
});

test('the auditor dashboard shows the API\'s numbers, draws the weekly chart and drills down', async () => {
  // An overdue record: decided three weeks ago, never published.
  const late = await daemon.api('POST', '/api/v1/penalties', tokens.market, {
    CF_XDR_MC: '安丘市某某药店', CF_XDR_LB: '法人及非法人组织', CF_XDR_SHXYM: '91370784MA3C12345X', CF_FRDB: '周九',
    CF_WSH: '安市监罚〔2026〕90号', CF_WFXW: '未按规定储存药品', CF_SY: '药品储存不当。', CF_YJ: '《药品管理法》',
    CF_CFLB: '警告', CF_NR: '警告', CF_JDRQ: '2026-11-02', CF_CFJG: '安丘市市场监督管理局', CF_CFJGDM: MARKET });
  assert.equal(late.status, 201, late.text);
  // A withheld one (不予公开: a trade secret), counted apart with its reason.
  const secret = await daemon.api('POST', '/api/v1/penalties', tokens.market, {
    CF_XDR_MC: '安丘市某某化工有限公司', CF_XDR_LB: '法人及非法人组织', CF_XDR_SHXYM: '91370784MA3C12345X',
    CF_FRDB: '吴十', CF_WSH: '安市监罚〔2026〕91号', CF_WFXW: '未按规定标注', CF_SY: '标注不全。', CF_YJ: '《产品质量法》',
    CF_CFLB: '警告', CF_NR: '警告', CF_JDRQ: '2026-11-18', CF_CFJG: '安丘市市场监督管理局', CF_CFJGDM: MARKET,
    SYFW: '1', BYGKLY: '商业秘密', BYGKYJ: '《中华人民共和国政府信息公开条例》第十五条' });
  assert.equal(secret.status, 201, secret.text);
  const api = await daemon.api('GET', '/api/v1/compliance/summary?channel=portal', tokens.auditor);
  assert.equal(api.status, 200);
  const sum = (k) => api.json.rows.reduce((n, r) => n + r[k], 0);
  assert.ok(sum('overdue') >= 1);

  const page = await newPage();
  await login(page, 'wang.wu');
  assert.match((await page.url()), /\/console\/audit$/);
  assert.equal(sum('withheld'), 1);
  for (const k of ['total', 'on_time', 'late', 'overdue', 'at_risk', 'pending', 'withheld']) {
    const shown = await page.locator(`#kpi-${k} .value`).textContent();
    assert.equal(Number(shown), sum(k), k);
  }
  assert.match(await page.locator('#withheld-reasons').textContent(), /商业秘密 1 条/);
  await page.locator('#weekly-chart[data-rendered=true] svg').waitFor();
  await screenshot(page, 'dashboard');
  await page.locator('#summary td[data-label="超期未公示"] a').first().click();
  assert.match((await page.url()), /status=overdue/);
  assert.match(await page.locator('#records').textContent(), /安市监罚〔2026〕90号/);
  const csv = await page.request('GET', daemon.url + '/console/audit/export?what=summary&format=xlsx');
  assert.equal(csv.status, 200);
  assert.match(csv.contentType, /spreadsheetml/);
  // Auditors do not read departments' original records or administer.
  assert.equal((await page.goto(daemon.url + '/console/admin')).status(), 403);
  await logout(page);
});

test('an administrator opens an account whose one-time password works, and sees the outbox and calendar', async () => {
  const page = await newPage();
  await login(page, 'admin.one');
  assert.match((await page.url()), /\/console\/admin$/);
  assert.match(await page.locator('#departments').textContent(), /安丘市市场监督管理局/);
  await page.getByText('开设账户').click();
  await page.getByLabel('登录名').fill('zhao.liu');
  await page.getByLabel('角色', { exact: true }).selectOption('department');
  await page.getByLabel('部门（部门用户）').selectOption({ label: '市场监督管理局（scjgj）' });
  await page.getByRole('button', { name: '开设' }).click();
  const password = (await page.locator('#secret').textContent()).trim();
  assert.equal(password.length, 16);
  assert.equal((await page.goto(daemon.url + '/console/admin/outbox')).status(), 200);
  assert.equal((await page.goto(daemon.url + '/console/admin/calendar')).status(), 200);
  assert.match(await page.locator('#years').textContent(), /2026/);
  await logout(page);

  await page.goto(daemon.url + '/console/login');
  await page.getByLabel('登录名').fill('zhao.liu');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/console\/records$/);
  await logout(page);
});

test('a citizen finds a published notice by document number and sees the name masked, on a phone too', async () => {
  // Next Monday's run publishes the week's decisions (file channels acknowledge at once).
  daemon.setClock('2026-11-30T09:00:10');
  let notices = [];
  for (let i = 0; i < 100 && notices.length === 0; i++) {
    const res = await fetch(daemon.url + '/notices', { headers: { Accept: 'application/json' } });
    notices = (await res.json()).notices.filter((n) => n.kind === 'penalty' && n.published_at);
    if (notices.length === 0) await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(notices.length > 0, 'a penalty notice was published: ' + daemon.log());

  const page = await newPage();
  await page.goto(daemon.url + '/');
  assert.match(await page.locator('#notices').textContent(), /行政处罚信息/);
  await page.getByLabel(/当事人名称/).fill('安市监罚〔2026〕1号');
  await page.getByRoleFirst('button', { name: '查询' }).click();
  const result = page.locator('article.result').first();
  await result.waitFor();
  assert.match(await result.textContent(), /张\*\*/);
  assert.doesNotMatch(await page.content(), /张三丰|11010519491231002X/);
  // The full name of a natural person finds nothing: search runs over the masked form.
  await page.goto(daemon.url + '/search?q=' + encodeURIComponent('张三丰'));
  assert.match(await page.locator('#search-summary').textContent(), /没有找到/);
  // A company is found by its name.
  await page.goto(daemon.url + '/search?q=' + encodeURIComponent('某某超市'));
  assert.match(await page.locator('#search-summary').textContent(), /找到 1 条/, 'the revoked one never appears');

  await page.goto(daemon.url + '/');
  await page.locator('#notices a').first().click();
  await page.waitForLoadState();
  assert.doesNotMatch(await page.content(), /张三丰/);
  // The notice page is the portal's artifact: no field codes, every field.
  assert.doesNotMatch(await page.locator('main').innerText(), /CF_|XK_|\bBZ\b/);
  // On a phone: one card per record, labels beside values, nothing wider
  // than the screen; on a desktop: the uniform table.
  await page.setViewportSize({ width: 390, height: 844 });
  const phone = await page.evaluate(() => {
    const row = document.querySelector('table.records tbody tr');
    const cell = row.querySelector('td[data-label]');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      rowDisplay: getComputedStyle(row).display,
      label: getComputedStyle(cell, '::before').content,
      headVisible: document.querySelector('table.records thead').getBoundingClientRect().height > 1,
      cards: document.querySelectorAll('table.records tbody tr').length,
    };
  });
  assert.ok(phone.scrollWidth <= 390, `no horizontal overflow at 390 px (scrollWidth ${phone.scrollWidth})`);
  assert.equal(phone.rowDisplay, 'block', 'each record is a card');
  assert.equal(phone.label, '"行政相对人名称"', 'each value has its label');
  assert.equal(phone.headVisible, false);
  assert.ok(phone.cards >= 1);
  await page.setViewportSize({ width: 1280, height: 900 });
  const desktop = await page.evaluate(() => ({
    rowDisplay: getComputedStyle(document.querySelector('table.records tbody tr')).display,
    headers: [...document.querySelectorAll('table.records thead th')].map((th) => th.textContent),
  }));
  assert.equal(desktop.rowDisplay, 'table-row', 'the uniform table on a wide screen');
  assert.ok(desktop.headers.length > 20 && desktop.headers.includes('备注'), desktop.headers.join());
  // The page's own style applies under its CSP (the cards prove it) and no script runs.
  assert.equal(await page.evaluate(() => document.scripts.length), 0);
  await screenshot(page, 'notice');
  // The console is gone for a citizen.
  await page.goto(daemon.url + '/console/records');
  assert.match((await page.url()), /\/console\/login/);
});

test('the keyboard alone logs in and reaches every control of the entry form, with focus shown', async () => {
  const page = await newPage();
  await page.goto(daemon.url + '/console/login');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el.id || (el.className ? `${el.tagName.toLowerCase()}.${el.className}` : el.tagName.toLowerCase());
  });
  // From the top of the page (the login field may already hold focus), Tab
  // and the skip link lead to the login field.
  const route = [await focused()];
  for (let i = 0; i < 5 && route.at(-1) !== 'login'; i++) {
    if (route.at(-1) === 'a.skip') await page.press(Key.ENTER);
    await page.press(Key.TAB);
    route.push(await focused());
  }
  assert.equal(route.at(-1), 'login', 'Tab reaches the login field: ' + route.join(' → '));
  await page.type('zhang.san');
  await page.press(Key.TAB);
  assert.equal(await focused(), 'password');
  await page.type(PASSWORD);
  await page.press(Key.TAB);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '登录');
  await page.press(Key.ENTER);
  await page.waitForURL(/\/console\/records$/);

  await page.goto(daemon.url + '/console/new/penalty');
  const form = 'form[action="/console/new/penalty"]';
  const controls = await page.evaluate((form) => document.querySelectorAll(
    `${form} :is(input:not([type=hidden]), select, textarea, button):not([disabled])`).length, form);
  const steps = await tabThrough(page, form);
  assert.equal(steps[0].name, 'a', 'the skip link comes first');
  const inForm = steps.filter((s) => s.inScope);
  assert.equal(inForm.length, controls, 'every enabled control takes focus by Tab: ' + inForm.map((s) => s.name).join());
  assert.ok(controls > 15, `the form has its controls (${controls})`);
  const unseen = steps.filter((s) => !s.visible).map((s) => s.name);
  assert.deepEqual(unseen, [], 'focus is visible (outline or box shadow) on every focusable element');
  await logout(page);
});

test('text meets WCAG AA contrast on the login page, dashboard, entry form and a public notice', async () => {
  const page = await newPage();
  const check = async (what) => {
    const { checked, failures } = await contrastFailures(page);
    assert.ok(checked > 5, `${what}: text elements were checked (${checked})`);
    assert.deepEqual(failures, [], `${what}: text below WCAG AA contrast`);
  };
  await page.goto(daemon.url + '/console/login');
  await check('login page');
  await login(page, 'wang.wu');
  await page.locator('#weekly-chart[data-rendered=true] svg').waitFor();
  await check('dashboard');
  await logout(page);
  await login(page, 'zhang.san');
  await page.goto(daemon.url + '/console/new/penalty');
  await check('entry form');
  await page.getByRole('button', { name: '校验并预览' }).click();  // empty: every field's message shows
  await page.locator('.field-error').first().waitFor();
  await check('entry form with errors');
  await logout(page);
  await page.goto(daemon.url + '/');
  await check('public list');
  await page.locator('#notices a').first().click();
  await page.waitForLoadState();
  await check('notice page');
});
