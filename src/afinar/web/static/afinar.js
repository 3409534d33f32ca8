// afinar dashboard: small progressive enhancements. Every page works without this file;
// nothing here decides who may do what (the server does).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Ask before an action that changes a model's status.
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) {
          event.preventDefault();
        }
      });
    });
    // A button that starts slow work (verifying the audit chain) says so and is not pressed twice.
    document.querySelectorAll("button[data-busy]").forEach(function (button) {
      button.form.addEventListener("submit", function () {
        window.setTimeout(function () {
          button.disabled = true;
          button.textContent = button.getAttribute("data-busy");
        }, 0);
      });
    });
    // Filter forms with one select apply on change.
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  });
})();
