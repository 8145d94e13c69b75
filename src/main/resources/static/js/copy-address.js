// A "Copy address" button for an address shown in full on the page. The button is hidden in the HTML
// and shown here only where copying can work (JavaScript on, the Clipboard API available), so without
// it the address is simply there to select. The result is said in a polite live region beside it.
(function () {
  'use strict';
  if (!navigator.clipboard || !navigator.clipboard.writeText) {
    return;
  }
  var buttons = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (!source || !status) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        say(status, status.getAttribute('data-copied'));
      }, function () {
        say(status, status.getAttribute('data-not-copied'));
      });
    });
  });

  // Emptied first, so that pressing the button again is announced again.
  function say(status, text) {
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = text;
    }, 100);
  }
})();
