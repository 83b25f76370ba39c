/*
 * The header's account corner on every page: who is signed in, with a sign-out button (a POST:
 * signing out changes state), or a sign-in link.
 */
import { el } from './dom.js';
import { apiRequest } from './api.js';

/** Fills the corner once /api/me answers; sets <body data-signed-in> and fires `hubs:account` on document. */
export async function showAccount() {
  const header = document.querySelector('.site-header');
  if (!header) return;
  const corner = el('span', { id: 'account', class: 'account' });
  header.append(corner);
  const me = await apiRequest('GET', '/api/me').catch(() => null); // 401: nobody is signed in
  if (me) {
    corner.replaceChildren(
      el('a', { class: 'account-name', href: `/u/${encodeURIComponent(me.name)}/` }, `Signed in as ${me.name}`),
      el('form', { method: 'post', action: '/logout', class: 'account-form' },
        el('button', { type: 'submit', class: 'button button-secondary' }, 'Sign out')));
    document.body.dataset.signedIn = me.name;
  } else {
    corner.replaceChildren(el('a', { class: 'button', href: '/login', id: 'sign-in' }, 'Sign in'));
  }
  document.dispatchEvent(new CustomEvent('hubs:account'));
}
