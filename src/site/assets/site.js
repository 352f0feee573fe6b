// Sorting and filtering for the tables marked data-sortable. The pages read fully without it;
// it only adds a filter box above each such table and turns its column headers into buttons.
(function () {
  "use strict";

  function key(cell) {
    var text = cell.getAttribute("data-sort") || cell.textContent.trim();
    var number = text.replace(/,/g, "").match(/^-?\d+(\.\d+)?$/);
    return number ? { n: parseFloat(number[0]), t: text } : { n: null, t: text.toLowerCase() };
  }

  function compare(a, b) {
    if (a.n !== null && b.n !== null) { return a.n - b.n; }
    return a.t < b.t ? -1 : a.t > b.t ? 1 : 0;
  }

  function sortable(table, number) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(key(a.cells[column]), key(b.cells[column]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });

    var label = document.createElement("label");
    label.className = "filter";
    label.appendChild(document.createTextNode("Filter rows: "));
    var input = document.createElement("input");
    input.type = "search";
    input.id = "filter-" + number;
    table.id = table.id || "table-" + number;
    input.setAttribute("aria-controls", table.id);
    label.appendChild(input);
    var count = document.createElement("span");
    count.setAttribute("role", "status");
    label.appendChild(count);
    table.parentNode.parentNode.insertBefore(label, table.parentNode);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      count.textContent = words.length ? " " + shown + " of " + body.rows.length + " rows" : "";
    });
  }

  document.querySelectorAll("table[data-sortable]").forEach(sortable);
  document.documentElement.classList.add("js");
}());
