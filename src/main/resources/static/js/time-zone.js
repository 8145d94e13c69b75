// On the sign-up form, fill in the browser's own time zone while none is chosen yet, when it is one
// of the choices, and show the note that says so. Without JavaScript (or for an unknown zone) the
// drop-down stays on "Choose your time zone" and the person picks one: never UTC unseen.
(function () {
  'use strict';
  var select = document.querySelector('select[data-detect-zone="true"]');
  if (!select || select.value !== '' || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.value = zone;
      var note = document.getElementById(select.getAttribute('data-detected-note'));
      if (note) {
        note.hidden = false;
      }
      return;
    }
  }
})();
