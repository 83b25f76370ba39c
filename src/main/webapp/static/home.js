/*
 * Landing page: open a user hub by name, list the team hubs, create a team hub (signed in: the
 * creator owns it).
 */
import { showAccount } from './modules/account.js';
import { apiRequest } from './modules/api.js';
import { el } from './modules/dom.js';

document.getElementById('open-hub').addEventListener('submit', (event) => {
  event.preventDefault();
  const name = document.getElementById('hub-user').value.trim();
  if (name) window.location.assign(`/u/${encodeURIComponent(name)}/`);
});

async function listTeams() {
  const list = document.getElementById('team-hubs');
  try {
    const teams = await apiRequest('GET', '/api/hubs?type=team');
    list.replaceChildren(...(teams.length === 0
      ? [el('li', {}, 'No team hubs yet.')]
      : teams.map((team) => el('li', {},
        el('a', { href: `/t/${encodeURIComponent(team.name)}/` }, team.settings?.title ?? team.name),
        team.settings?.description ? [' — ', team.settings.description] : null))));
  } catch (error) {
    list.replaceChildren(el('li', {}, `Could not load the team hubs: ${error.message}`));
  }
}

const form = document.getElementById('create-team');
const formError = document.getElementById('create-team-error');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = form.elements.namedItem('name').value.trim();
  formError.hidden = true;
  try {
    await apiRequest('POST', '/api/hubs', { name });
  } catch (error) {
    // A problem document names the fields that are wrong and why.
    const fields = Object.entries(error.problem?.errors ?? {}).map(([field, message]) => `${field} ${message}`);
    formError.textContent = fields.length > 0 ? fields.join('; ') : error.message;
    formError.hidden = false;
    return;
  }
  window.location.assign(`/t/${encodeURIComponent(name)}/`);
});

showAccount();
listTeams();
