// On the sign-up form, preselect the browser's own time zone when it is one of the choices.
// The server's default (UTC) stays when JavaScript is off or the zone is unknown.
(function () {
  'use strict';
  var select = document.querySelector('select[data-detect-zone="true"]');
  if (!select || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();
