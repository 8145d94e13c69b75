// Passkeys, with Spring Security's WebAuthn routes. Only where the browser can make and use passkeys
// does anything show: the log-in page's "Log in with a passkey" and the account page's "Add a passkey"
// stay hidden otherwise, and the password keeps working without JavaScript. Every word shown comes from
// the page's data attributes (messages.properties); an error is a calm sentence, never the server's reply.
(function () {
  'use strict';

  if (!window.PublicKeyCredential || !navigator.credentials || !window.fetch) {
    return;
  }

  function bytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = window.atob(base64);
    var result = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      result[i] = text.charCodeAt(i);
    }
    return result.buffer;
  }

  function base64url(buffer) {
    var text = '';
    var view = new Uint8Array(buffer);
    for (var i = 0; i < view.length; i++) {
      text += String.fromCharCode(view[i]);
    }
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function withIds(descriptors) {
    return (descriptors || []).map(function (descriptor) {
      return Object.assign({}, descriptor, { id: bytes(descriptor.id) });
    });
  }

  // A POST with the CSRF token in its header; the JSON body, if any.
  function post(url, csrf, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[csrf.header] = csrf.token;
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined
    });
  }

  // The person closed or cancelled the device's prompt, or it timed out.
  function cancelled(error) {
    return error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
  }

  function say(status, text) {
    status.textContent = text;
  }

  function setUpSignIn(box) {
    var button = box.querySelector('button');
    var status = box.querySelector('[data-passkey-status]');
    var csrf = { header: box.dataset.csrfHeader, token: document.querySelector('form[data-passkey-csrf] input[name="_csrf"]').value };
    box.hidden = false;
    button.addEventListener('click', async function () {
      button.disabled = true;
      say(status, box.dataset.waiting);
      var outcome = 'failed';
      try {
        var optionsResponse = await post(box.dataset.optionsUrl, csrf);
        if (!optionsResponse.ok) {
          throw new Error('No options: ' + optionsResponse.status);
        }
        var options = await optionsResponse.json();
        options.challenge = bytes(options.challenge);
        options.allowCredentials = withIds(options.allowCredentials);
        var credential;
        try {
          credential = await navigator.credentials.get({ publicKey: options });
        }
        catch (error) {
          outcome = cancelled(error) ? 'cancelled' : 'failed';
          throw error;
        }
        var response = credential.response;
        var signIn = await post(box.dataset.signInUrl, csrf, {
          id: credential.id,
          rawId: base64url(credential.rawId),
          type: credential.type,
          response: {
            authenticatorData: base64url(response.authenticatorData),
            clientDataJSON: base64url(response.clientDataJSON),
            signature: base64url(response.signature),
            userHandle: response.userHandle ? base64url(response.userHandle) : undefined
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
        if (signIn.status === 401) {
          outcome = 'refused';
          throw new Error('Refused');
        }
        var answer = signIn.ok ? await signIn.json() : null;
        if (!answer || !answer.authenticated || !answer.redirectUrl) {
          throw new Error('No sign-in: ' + signIn.status);
        }
        window.location.assign(answer.redirectUrl);
      }
      catch (error) {
        say(status, box.dataset[outcome]);
        button.disabled = false;
      }
    });
  }

  function setUpAdding(form) {
    var section = form.closest('section');
    var unsupported = section && section.querySelector('[data-passkey-unsupported]');
    var status = form.querySelector('[data-passkey-status]');
    var button = form.querySelector('button[type="submit"]');
    var csrf = { header: form.dataset.csrfHeader, token: form.querySelector('input[name="_csrf"]').value };
    form.hidden = false;
    if (unsupported) {
      unsupported.hidden = true;
    }
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      if (!form.reportValidity()) {
        return;
      }
      button.disabled = true;
      say(status, form.dataset.waiting);
      try {
        var optionsResponse = await post(form.dataset.optionsUrl, csrf);
        if (!optionsResponse.ok) {
          throw new Error('No options: ' + optionsResponse.status);
        }
        var options = await optionsResponse.json();
        options.challenge = bytes(options.challenge);
        options.user = Object.assign({}, options.user, { id: bytes(options.user.id) });
        options.excludeCredentials = withIds(options.excludeCredentials);
        var credential = await navigator.credentials.create({ publicKey: options });
        var response = credential.response;
        form.elements.credential.value = JSON.stringify({
          id: credential.id,
          rawId: base64url(credential.rawId),
          type: credential.type,
          response: {
            attestationObject: base64url(response.attestationObject),
            clientDataJSON: base64url(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
        // The name and the new passkey go together as the form, which the page answers as any form.
        form.submit();
      }
      catch (error) {
        say(status, cancelled(error) ? form.dataset.cancelled : form.dataset.failed);
        button.disabled = false;
      }
    });
  }

  var signIn = document.querySelector('[data-passkey-sign-in]');
  if (signIn) {
    setUpSignIn(signIn);
  }
  var adding = document.querySelector('form[data-passkey-add]');
  if (adding) {
    setUpAdding(adding);
  }
})();
