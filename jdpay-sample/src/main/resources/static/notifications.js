// Renders /actuator/jdpay: counts by outcome and the recent notifications, refreshed every five seconds.
"use strict";

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : String(text);
  row.appendChild(td);
}

function fill(tableId, rows) {
  const body = document.querySelector("#" + tableId + " tbody");
  body.replaceChildren(...rows);
}

async function refresh() {
  const error = document.getElementById("error");
  try {
    const response = await fetch("/actuator/jdpay", { headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    const seen = await response.json();
    document.getElementById("in-progress").textContent = "Being processed now: " + seen.inProgress;
    fill("counts", Object.entries(seen.counts).map(([outcome, count]) => {
      const row = document.createElement("tr");
      cell(row, outcome);
      cell(row, count);
      return row;
    }));
    fill("recent", seen.recent.map((entry) => {
      const row = document.createElement("tr");
      row.className = entry.outcome === "HANDLED" || entry.outcome === "DUPLICATE" ? "ok" : "problem";
      [entry.time, entry.kind, entry.merchant, entry.tradeNum, entry.outcome, entry.reason].forEach((v) => cell(row, v));
      return row;
    }));
    error.hidden = true;
  } catch (failure) {
    error.textContent = "Could not read /actuator/jdpay: " + failure.message;
    error.hidden = false;
  }
}

refresh();
setInterval(refresh, 5000);
