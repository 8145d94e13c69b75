// Quick exit. The button is a plain link to /exit, which ends the session and sends the browser on
// to an everyday site, so it works without JavaScript too. With JavaScript the page is hidden at
// once and replaced in the history, so Back does not even come near it; and pressing Escape twice
// within a second does the same from anywhere on the page.
(function () {
  'use strict';
  var SECOND_PRESS_WITHIN_MS = 1000;
  var lastEscape = 0;

  var leave = function (href) {
    document.documentElement.style.visibility = 'hidden';
    window.location.replace(href);
  };

  var exitLink = function () {
    return document.querySelector('a.quick-exit');
  };

  document.addEventListener('click', function (event) {
    // Modifier keys too: a new tab would leave this page showing here.
    var link = event.target.closest && event.target.closest('a.quick-exit');
    if (!link) {
      return;
    }
    event.preventDefault();
    leave(link.href);
  });

  document.addEventListener('keydown', function (event) {
    // A held key repeats, and Escape also ends an input method's composition: neither is a press.
    if (event.key !== 'Escape' || event.repeat || event.isComposing) {
      return;
    }
    var now = Date.now();
    if (now - lastEscape <= SECOND_PRESS_WITHIN_MS) {
      var link = exitLink();
      if (link) {
        event.preventDefault();
        leave(link.href);
      }
      return;
    }
    lastEscape = now;
  });

  // A page brought back from the browser's back/forward cache is a snapshot, shown without asking
  // the server, even after a quick exit ended the session. Hide it and load it afresh: the server
  // answers with the page again if the person is still signed in, and with the log-in page if not.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.documentElement.style.visibility = 'hidden';
      window.location.reload();
    }
  });

  // The shortcut exists only with JavaScript, so only now does the button's title mention it.
  var link = exitLink();
  if (link && link.dataset.titleWithShortcut) {
    link.title = link.dataset.titleWithShortcut;
  }
})();
