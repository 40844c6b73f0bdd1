// GOV.UK Frontend styles its JavaScript-enhanced components only once the body says so.
// Kept in a file, not inline, so the Content-Security-Policy can forbid inline script.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
