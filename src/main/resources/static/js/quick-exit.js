// Quick exit: with JavaScript, leave at once and replace this page in the history, so the
// Back button does not return here. Without JavaScript the button is an ordinary link.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.quick-exit');
    if (!link) {
      return;
    }
    event.preventDefault();
    document.body.style.visibility = 'hidden';
    window.location.replace(link.href);
  });
})();
