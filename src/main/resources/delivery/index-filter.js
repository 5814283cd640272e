// The filter box: shows only the memos, readouts and follow-ups whose text holds every word typed. Runs from the
// file itself, with no network; without script the box stays hidden and everything is listed.
(function () {
  var form = document.getElementById('filter-form');
  var box = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var texts = items.map(function (item) { return fold(item.textContent); });
  function apply() {
    var words = fold(box.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    items.forEach(function (item, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      item.hidden = !match;
      if (match) { shown++; }
    });
    status.textContent = words.length === 0 ? '' : shown + ' of ' + items.length + ' entries match.';
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  box.addEventListener('input', apply);
  form.hidden = false;
})();
