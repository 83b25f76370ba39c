/*
 * Landing page: open a user hub by name, list the team hubs, create a team hub (signed in: the
 * creator owns it).
 */
'use strict';

(() => {
  const { el } = Hubs;

  document.getElementById('open-hub').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = document.getElementById('hub-user').value.trim();
    if (name) window.location.assign(`/u/${encodeURIComponent(name)}/`);
  });

  async function listTeams() {
    const list = document.getElementById('team-hubs');
    try {
      const response = await fetch('/api/hubs?type=team', { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const teams = await response.json();
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
    const response = await fetch('/api/hubs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (response.ok) {
      window.location.assign(`/t/${encodeURIComponent(name)}/`);
      return;
    }
    // A problem document names the fields that are wrong and why.
    const problem = await response.json().catch(() => null);
    const fields = Object.entries(problem?.errors ?? {}).map(([field, message]) => `${field} ${message}`);
    formError.textContent = fields.length > 0 ? fields.join('; ') : (problem?.detail ?? `The server answered ${response.status}`);
    formError.hidden = false;
  });

  listTeams();
})();
