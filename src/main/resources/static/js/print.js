// A "Print them" button for the recovery codes page. Without JavaScript it stays hidden and the browser's
// own Print does the same.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
});
