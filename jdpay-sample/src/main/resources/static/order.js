// An order's page: follows its status through the JSON API, since JD's notification may arrive after the payer does.
'use strict';

(function follow() {
  const order = document.getElementById('order');
  if (!order) {
    return;
  }
  const yuan = (fen) => Math.trunc(fen / 100) + '.' + String(fen % 100).padStart(2, '0');
  let polls = 0;
  async function update() {
    const response = await fetch('/api/orders/' + encodeURIComponent(order.dataset.tradeNum));
    if (response.ok) {
      const json = await response.json();
      const status = document.getElementById('status');
      status.textContent = json.status;
      status.className = 'status ' + json.status;
      document.getElementById('refunded').textContent = yuan(json.refundedFen);
      document.getElementById('notifications').textContent = String(json.notificationsHandled);
      const waiting = document.getElementById('waiting');
      if (waiting && json.status !== 'CREATED') {
        waiting.remove();
      }
    }
    // Quickly at first, while the notification is on its way; then now and again.
    setTimeout(update, ++polls < 20 ? 500 : 5000);
  }
  update();
})();
