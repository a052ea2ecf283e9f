// InfoTools extranet: small enhancements on top of pages that work without JavaScript.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // the menu folds away on narrow screens
  var toggle = document.querySelector('.nav-toggle');
  var menu = document.getElementById('app-menu');
  if (toggle && menu) {
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    });
  }

  // the appointment form offers the contacts of the customer chosen
  var customer = document.getElementById('customerId');
  var contact = document.getElementById('contactId');
  if (customer && contact && customer.dataset.contactsUrl) {
    customer.addEventListener('change', function () {
      if (!customer.value) {
        while (contact.options.length > 1) {
          contact.remove(1);
        }
        return;
      }
      fetch(customer.dataset.contactsUrl + '?client=' + encodeURIComponent(customer.value), {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        credentials: 'same-origin'
      }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (options) {
        if (options !== null) {
          contact.innerHTML = options;
        }
      }).catch(function () {
        // the server checks the contact anyway
      });
    });
  }

  // copy a link (the calendar subscription)
  document.querySelectorAll('.copy-button').forEach(function (button) {
    var field = document.getElementById(button.dataset.copy);
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.dataset.copied;
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        field.select();
      });
    });
  });

  // print (the purchase recap)
  document.querySelectorAll('button.print').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
