// Character counters for text areas with a maximum: "120 of 2,000 characters". Without
// JavaScript the page shows the maximum, the browser stops at it, and the server says so too.
(function () {
  'use strict';
  var format = function (n) { return n.toLocaleString('en'); };
  document.querySelectorAll('textarea[data-counter][maxlength]').forEach(function (area) {
    var counter = document.getElementById(area.id + '-count');
    if (!counter) {
      return;
    }
    var max = parseInt(area.getAttribute('maxlength'), 10);
    var update = function () {
      counter.textContent = format(area.value.length) + ' of ' + format(max) + ' characters';
    };
    area.addEventListener('input', update);
    update();
  });
})();
