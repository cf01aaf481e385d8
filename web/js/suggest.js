// Type-ahead for the search box: fills the datalist from /api/suggest. Without it the form still works.
(function () {
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-suggestions');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (!q || q === last) { return; }
      last = q;
      fetch('/api/suggest?limit=8&q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (body) {
          while (list.firstChild) { list.removeChild(list.firstChild); }
          body.suggestions.forEach(function (s) {
            var o = document.createElement('option');
            o.value = s;
            list.appendChild(o);
          });
        })
        .catch(function () { /* suggestions are a convenience; the form still submits */ });
    }, 150);
  });
})();
