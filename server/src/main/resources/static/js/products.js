// Info-Tools public site: the flagship products, read from the server's public API.
// Everything is inserted as text (textContent), never as HTML.
(() => {
  const CATEGORIES = {
    SOFTWARE: { label: 'Logiciel', image: 'software' },
    SERVER: { label: 'Serveur', image: 'server' },
    WORKSTATION: { label: 'Poste de travail', image: 'workstation' },
    NETWORK: { label: 'Réseau', image: 'network' },
    SERVICE: { label: 'Service', image: 'service' }
  };
  const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function illustration(product, size) {
    const category = CATEGORIES[product.category] || CATEGORIES.SERVICE;
    return element('img', { src: '/images/categories/' + category.image + '.svg', alt: '', width: size, height: size });
  }

  function price(product) {
    const line = element('p', { class: 'price' }, 'à partir de ' + euros.format(product.unitPriceExclVat) + ' HT ');
    line.appendChild(element('small', {}, '(' + euros.format(product.unitPriceInclVat) + ' TTC)'));
    return line;
  }

  function card(product) {
    const article = element('article', { class: 'card product', 'data-sku': product.sku });
    article.appendChild(illustration(product, 72));
    article.appendChild(element('p', { class: 'category' }, (CATEGORIES[product.category] || {}).label || ''));
    article.appendChild(element('h3', {}, product.name));
    article.appendChild(element('p', {}, product.description || ''));
    article.appendChild(price(product));
    const more = element('a', { class: 'more', href: '/produits/' + product.id }, 'En savoir plus');
    more.appendChild(element('span', { class: 'sr-only' }, ' sur ' + product.name));
    article.appendChild(more);
    return article;
  }

  function status(container, text) {
    container.replaceChildren(element('p', { class: 'status' }, text));
  }

  async function fetchJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const error = new Error('HTTP ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  // Only the answer to the latest request is shown, whatever order the answers arrive in.
  let latest = 0;

  async function showList(container, category, limit) {
    const request = ++latest;
    status(container, 'Chargement des produits…');
    try {
      const url = '/api/v1/public/products' + (category ? '?category=' + encodeURIComponent(category) : '');
      let products = await fetchJson(url);
      if (request !== latest) {
        return;
      }
      if (limit) {
        products = products.slice(0, limit);
      }
      if (products.length === 0) {
        status(container, 'Aucun produit dans cette catégorie pour le moment.');
        return;
      }
      container.replaceChildren(...products.map(card));
    } catch (e) {
      if (request === latest) {
        status(container, 'Le catalogue est momentanément indisponible. Réessayez dans un instant.');
      }
    }
  }

  async function showDetail(container) {
    try {
      const product = await fetchJson('/api/v1/public/products/' + encodeURIComponent(container.dataset.productId));
      document.title = product.name + ' — Info-Tools';
      const detail = element('div', { class: 'detail' });
      detail.appendChild(illustration(product, 160));
      const text = element('div');
      text.appendChild(element('p', { class: 'category' }, (CATEGORIES[product.category] || {}).label || ''));
      text.appendChild(element('h1', {}, product.name));
      text.appendChild(element('p', {}, product.description || ''));
      text.appendChild(price(product));
      text.appendChild(element('p', {}, 'TVA ' + String(product.vatRate).replace('.', ',') + ' % · référence ' + product.sku));
      text.appendChild(element('a', { class: 'button', href: '/rendez-vous?produit=' + product.id }, 'Demander un rendez-vous pour ce produit'));
      detail.appendChild(text);
      container.replaceChildren(detail);
    } catch (e) {
      container.replaceChildren(element('h1', {}, 'Produit introuvable'),
        element('p', {}, e.status === 404 ? "Ce produit n'est plus au catalogue." : 'Le catalogue est momentanément indisponible.'));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const featured = document.getElementById('featured');
    if (featured) {
      showList(featured, '', 3);
    }
    const catalogue = document.getElementById('catalogue');
    if (catalogue) {
      const buttons = document.querySelectorAll('#filters button');
      buttons.forEach((button) => button.addEventListener('click', () => {
        buttons.forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
        showList(catalogue, button.dataset.category);
      }));
      showList(catalogue, '');
    }
    const detail = document.getElementById('product');
    if (detail) {
      showDetail(detail);
    }
  });
})();
