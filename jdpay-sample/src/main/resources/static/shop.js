// The shop page: places orders through the JSON API, shows what the payer sees, and polls the order list, whose
// statuses change when JD's notifications reach the shop. Plain DOM, no framework; text is never parsed as HTML.
'use strict';

const simulator = document.body.dataset.simulator === 'true';
const rows = new Map(); // tradeNum -> { row, json } of the order list
let shown = null; // the order "What the payer sees" shows, as created, and the status it was last drawn in

const CHANNELS = { APP: 'APP', PC: 'PC', H5: 'H5', QR: 'QR', AGGREGATE_QR: 'Aggregate QR' };
const STATUSES = {
  CREATED: 'Unpaid', PAID: 'Paid', PARTIALLY_REFUNDED: 'Partly refunded', REFUNDED: 'Refunded', CLOSED: 'Closed',
};

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value);
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

// Whole fen to yuan text without floating point, as the shop's Money does.
function yuan(fen) {
  return Math.trunc(fen / 100) + '.' + String(fen % 100).padStart(2, '0');
}

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    // The API answers errors as RFC 9457 problems: "detail" says what is wrong, "field" which field.
    throw new Error(json && json.detail ? json.detail : response.status + ' ' + response.statusText);
  }
  return json;
}

function say(text) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.hidden = !text;
}

async function act(button, work) {
  button.disabled = true;
  try {
    say('');
    await work();
    await refresh();
  } catch (error) {
    say(error.message);
  } finally {
    button.disabled = false;
  }
}

// ---- placing an order ------------------------------------------------------------------------------------------

async function placeOrder(event) {
  event.preventDefault();
  const form = event.target;
  const button = document.getElementById('create');
  const body = {
    title: document.getElementById('title').value,
    amountYuan: document.getElementById('amount').value,
    channel: (form.querySelector('input[name=channel]:checked') || {}).value,
  };
  await act(button, async () => {
    const order = await call('POST', '/api/orders', body);
    showPayment(order);
  });
}

function showPayment(order) {
  shown = { order, status: order.status };
  drawPayment(order, order.status);
  if (order.cashierForm) {
    submitCashierForm(order.cashierForm);
  }
}

// The panel follows the order: once JD's notification says it is paid (or it is refunded or closed), the code to
// scan and the pay buttons give way to what happened.
function drawPayment(order, status) {
  const body = document.getElementById('payment-body');
  const summary = el('p', { class: 'summary' }, 'Order ', el('b', {}, order.tradeNum), ' · ' + order.title + ' · ',
    el('b', {}, yuan(order.amountFen) + ' yuan'));
  body.replaceChildren(summary, ...(status === 'CREATED' ? paymentView(order) : outcomeView(status)));
}

function outcomeView(status) {
  const words = {
    PAID: 'Paid: JD\'s notification reached the shop. Refund it from the list below.',
    PARTIALLY_REFUNDED: 'Paid, and part of it refunded.',
    REFUNDED: 'Paid, and refunded in full.',
    CLOSED: 'Closed: this order can no longer be paid.',
  };
  return [el('p', { id: 'outcome', class: 'outcome ' + status }, words[status] || status)];
}

function paymentView(order) {
  switch (order.channel) {
    case 'APP':
      return [
        el('p', {}, 'The shop\'s app hands these parameters to JD\'s SDK, ',
          el('code', {}, 'JDPayAuthor.author(activity, orderId, merchant, appId, signData)'),
          ', which opens JD Pay on the phone:'),
        el('pre', { id: 'app-params' }, JSON.stringify(order.appPayParams, null, 2)),
        simulator ? demoPayButton(order.tradeNum, 'Pay as the app would (simulator demo)', 'demo-pay') : null,
      ];
    case 'PC':
    case 'H5':
      return [el('p', { id: 'redirecting' }, 'Taking you to JD\'s ' + (order.channel === 'PC' ? 'desktop' : 'mobile')
        + ' cashier…')];
    default: {
      const url = order.qrCode || order.scanUrl;
      return [
        el('img', { id: 'qr', class: 'qr', src: order.qrImage, width: '280', height: '280',
          alt: 'QR code of ' + url }),
        simulator ? demoPayButton(order.tradeNum, 'Pay as the scanning app would (simulator demo)', 'demo-pay') : null,
        el('p', {}, order.channel === 'QR' ? 'Scan with the JD app, or ' : 'Scan with JD, WeChat or Alipay, or ',
          el('a', { id: 'qr-link', href: url, target: '_blank', rel: 'noopener' }, 'open its link here'),
          simulator ? ' (the simulator\'s cashier page, with a pay button).' : '.'),
      ];
    }
  }
}

// The cashier form is signed and encrypted by the server; the browser posts it to JD as it is.
function submitCashierForm(cashierForm) {
  const form = el('form', { method: 'post', action: cashierForm.action, hidden: '' });
  for (const [name, value] of Object.entries(cashierForm.fields)) {
    const input = el('input', { type: 'hidden', name });
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

function demoPayButton(tradeNum, label, id) {
  const button = el('button', { type: 'button', class: 'demo', title: 'Only the embedded simulator can do this' },
    label);
  if (id) {
    button.id = id;
  }
  button.addEventListener('click', () => act(button, () => call('POST', '/demo/orders/' + tradeNum + '/pay')));
  return button;
}

// ---- the order list --------------------------------------------------------------------------------------------

function orderRow(order) {
  const refundable = order.amountFen - order.refundedFen;
  const actions = el('td', { class: 'actions' });
  if (order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED') {
    const amount = el('input', { class: 'refund-amount', inputmode: 'decimal', 'aria-label': 'Refund amount in yuan' });
    amount.value = yuan(refundable);
    const refund = el('button', { type: 'button', class: 'refund' }, 'Refund');
    refund.addEventListener('click', () => act(refund,
      () => call('POST', '/api/orders/' + order.tradeNum + '/refund', { amountYuan: amount.value })));
    actions.append(amount, refund);
  }
  // Aggregate pay has no revocation.
  if ((order.status === 'CREATED' || order.status === 'PAID') && order.channel !== 'AGGREGATE_QR') {
    const revoke = el('button', { type: 'button', class: 'revoke' }, 'Revoke');
    revoke.addEventListener('click', () => act(revoke,
      () => call('POST', '/api/orders/' + order.tradeNum + '/revoke')));
    actions.append(revoke);
  }
  if (simulator && order.status === 'CREATED') {
    actions.append(demoPayButton(order.tradeNum, 'Pay (demo)'));
  }
  // On a phone the table is drawn as one card per order: data-label names each cell there.
  return el('tr', { id: 'order-' + order.tradeNum },
    el('td', { 'data-label': 'Order' }, el('span', {},
      el('a', { href: '/orders/' + order.tradeNum }, order.tradeNum), el('span', { class: 'hint' }, order.title))),
    el('td', { 'data-label': 'Channel' }, CHANNELS[order.channel] || order.channel),
    el('td', { class: 'num', 'data-label': 'Amount' }, yuan(order.amountFen)),
    el('td', { 'data-label': 'Status' },
      el('span', { class: 'status ' + order.status, 'data-status': order.status, title: STATUSES[order.status] },
        order.status)),
    el('td', { class: 'num', 'data-label': 'Refunded' }, order.refundedFen ? yuan(order.refundedFen) : '–'),
    el('td', { class: 'num', 'data-label': 'Notifications' }, String(order.notificationsHandled)),
    actions);
}

async function refresh() {
  const orders = await call('GET', '/api/orders');
  const tbody = document.querySelector('#orders tbody');
  const seen = new Set();
  let previous = null;
  for (const order of orders) {
    seen.add(order.tradeNum);
    const json = JSON.stringify(order);
    let entry = rows.get(order.tradeNum);
    // Rows that did not change stay as they are, so a refund amount being typed is not wiped out.
    if (!entry || entry.json !== json) {
      const row = orderRow(order);
      if (entry) {
        entry.row.replaceWith(row);
      }
      entry = { row, json };
      rows.set(order.tradeNum, entry);
    }
    if (previous ? previous.nextSibling !== entry.row : tbody.firstChild !== entry.row) {
      previous ? previous.after(entry.row) : tbody.prepend(entry.row);
    }
    previous = entry.row;
  }
  for (const [tradeNum, entry] of rows) {
    if (!seen.has(tradeNum)) {
      entry.row.remove();
      rows.delete(tradeNum);
    }
  }
  document.getElementById('no-orders').hidden = orders.length > 0;
  document.body.dataset.listed = String(orders.length); // for the browser tests: the list is drawn
  const current = shown && orders.find((order) => order.tradeNum === shown.order.tradeNum);
  if (current && current.status !== shown.status) {
    shown.status = current.status;
    drawPayment(shown.order, current.status);
  }
}

async function poll() {
  try {
    await refresh();
  } catch (error) {
    say('Cannot reach the shop: ' + error.message);
  }
  setTimeout(poll, 2000);
}

document.getElementById('order-form').addEventListener('submit', placeOrder);
poll();
