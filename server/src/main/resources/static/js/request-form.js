// Info-Tools public site: the appointment request form. The browser gives hints; the server decides:
// its 422 answer names each invalid field, shown next to it, and nothing typed is lost.
(() => {
  const FIELDS = ['requesterName', 'companyName', 'email', 'phone', 'productId', 'subject', 'message',
    'preferredSlots', 'consent'];

  function clearErrors(form) {
    FIELDS.forEach((name) => {
      const input = form.elements[name];
      const error = document.getElementById(name + '-error');
      if (input) {
        input.removeAttribute('aria-invalid');
      }
      if (error) {
        error.hidden = true;
        error.textContent = '';
      }
    });
    const general = document.getElementById('form-error');
    general.hidden = true;
    general.textContent = '';
  }

  // Shows each error under its field; returns the first invalid field in the order of the form.
  function showFieldErrors(form, errors) {
    errors.forEach(({ field, message }) => {
      const input = form.elements[field];
      const error = document.getElementById(field + '-error');
      if (input && error) {
        input.setAttribute('aria-invalid', 'true');
        error.textContent = error.textContent ? error.textContent + ' ' + message : message;
        error.hidden = false;
      }
    });
    const first = FIELDS.find((name) => form.elements[name] && form.elements[name].getAttribute('aria-invalid') === 'true');
    return first ? form.elements[first] : null;
  }

  function showGeneralError(text) {
    const general = document.getElementById('form-error');
    general.textContent = text;
    general.hidden = false;
    general.focus();
  }

  function payload(form) {
    const value = (name) => {
      const text = form.elements[name].value.trim();
      return text === '' ? null : text;
    };
    return {
      requesterName: value('requesterName'),
      companyName: value('companyName'),
      email: value('email'),
      phone: value('phone'),
      productId: value('productId') === null ? null : Number(value('productId')),
      subject: value('subject'),
      message: value('message'),
      preferredSlots: value('preferredSlots'),
      consent: form.elements.consent.checked,
      website: form.elements.website.value
    };
  }

  async function loadProducts(form) {
    const select = form.elements.productId;
    const wanted = new URLSearchParams(window.location.search).get('produit');
    try {
      const response = await fetch('/api/v1/public/products', { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        return;
      }
      (await response.json()).forEach((product) => {
        const option = document.createElement('option');
        option.value = String(product.id);
        option.textContent = product.name;
        select.appendChild(option);
      });
      if (wanted) {
        select.value = wanted;
        const chosen = select.selectedOptions[0];
        if (chosen && chosen.value && !form.elements.subject.value) {
          form.elements.subject.value = 'Intéressé(e) par : ' + chosen.textContent;
        }
      }
    } catch (e) {
      // the list of products is a convenience: the form works without it
    }
  }

  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const button = document.getElementById('submit');
    clearErrors(form);
    button.disabled = true;
    try {
      const response = await fetch('/api/v1/public/appointment-requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': 'fr' },
        body: JSON.stringify(payload(form))
      });
      if (response.status === 201) {
        form.hidden = true;
        const confirmation = document.getElementById('confirmation');
        confirmation.hidden = false;
        confirmation.focus();
        return;
      }
      const problem = await response.json().catch(() => ({}));
      if (response.status === 422 && Array.isArray(problem.errors)) {
        const first = showFieldErrors(form, problem.errors);
        showGeneralError('Certaines informations sont à corriger : voyez les messages sous les champs concernés.');
        if (first) {
          first.focus();
        }
      } else if (response.status === 429) {
        const minutes = Math.ceil(Number(response.headers.get('Retry-After') || 60) / 60);
        showGeneralError('Trop de demandes envoyées depuis votre connexion : réessayez dans ' + minutes + ' minute(s).');
      } else {
        showGeneralError(problem.detail || "Votre demande n'a pas pu être envoyée. Réessayez dans un instant.");
      }
    } catch (e) {
      showGeneralError("Le serveur ne répond pas : vérifiez votre connexion et réessayez. Rien n'a été perdu.");
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('request-form');
    if (form) {
      loadProducts(form);
      form.addEventListener('submit', submit);
    }
  });
})();
