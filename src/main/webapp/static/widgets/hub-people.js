/*
 * View of the "hub-people" widget: a hub's owners, members, subscribers and stargazers, and for the
 * signed-in user the buttons that make sense: join or leave (team hubs only; the last owner cannot
 * leave), subscribe or unsubscribe, star or unstar.
 * Data: widget.data.people = { hub, hub_type, owners|members|subscribers|stargazers: { count, people: [{ name, since, avatar }] } }.
 * The buttons call the membership API (PUT/DELETE /api/hubs/{hub}/members|subscribers|stargazers/{caller});
 * the server then rebuilds the widget and pushes the new lists. Until they arrive, the view shows
 * the change it made.
 */
import { el, time } from '../modules/dom.js';
import { apiRequest } from '../modules/api.js';

const LISTS = [
  ['owners', 'Owners'],
  ['members', 'Members'],
  ['subscribers', 'Subscribers'],
  ['stargazers', 'Stargazers'],
];
// The API's role names (GET /api/users/{user}) and the lists that hold them.
const LIST_OF_ROLE = { owner: 'owners', member: 'members', subscriber: 'subscribers', stargazer: 'stargazers' };

function listed(list, name) {
  return (list?.people ?? []).some((person) => person.name === name);
}

function cut(list) {
  return (list?.count ?? 0) > (list?.people ?? []).length;
}

/**
 * The lists the caller is in. The widget's lists say it, unless one the caller is not seen in was
 * cut short (a popular hub): then the caller's own memberships say it.
 */
async function callerLists(people, caller) {
  const found = new Set(LISTS.map(([key]) => key).filter((key) => listed(people[key], caller)));
  if (!LISTS.some(([key]) => !found.has(key) && cut(people[key]))) return found;
  const user = await apiRequest('GET', `/api/users/${encodeURIComponent(caller)}`);
  return new Set((user?.memberships ?? []).filter((m) => m.hub === people.hub).map((m) => LIST_OF_ROLE[m.role]));
}

/** The actions that make sense for the caller, given the lists they are in. */
function actionsFor(people, mine) {
  const actions = [];
  if (people.hub_type === 'team') {
    if (mine.has('members') || (mine.has('owners') && (people.owners?.count ?? 0) > 1)) {
      actions.push({ action: 'leave', label: 'Leave', method: 'DELETE', relation: 'members', list: mine.has('owners') ? 'owners' : 'members' });
    } else if (!mine.has('owners')) {
      actions.push({ action: 'join', label: 'Join', method: 'PUT', relation: 'members', list: 'members' });
    }
  }
  actions.push(mine.has('subscribers')
    ? { action: 'unsubscribe', label: 'Unsubscribe', method: 'DELETE', relation: 'subscribers', list: 'subscribers' }
    : { action: 'subscribe', label: 'Subscribe', method: 'PUT', relation: 'subscribers', list: 'subscribers' });
  actions.push(mine.has('stargazers')
    ? { action: 'unstar', label: 'Unstar', method: 'DELETE', relation: 'stargazers', list: 'stargazers' }
    : { action: 'star', label: 'Star', method: 'PUT', relation: 'stargazers', list: 'stargazers' });
  return actions;
}

/** The lists as they are once `action` succeeded for `caller`: what the pushed update will say. */
function applied(people, action, caller) {
  const next = structuredClone(people);
  const list = next[action.list] ?? { count: 0, people: [] };
  next[action.list] = list;
  if (action.method === 'PUT') {
    list.people = [...list.people, { name: caller, since: new Date().toISOString() }]
      .sort((a, b) => a.name.localeCompare(b.name));
    list.count += 1;
  } else {
    list.people = list.people.filter((person) => person.name !== caller);
    list.count = Math.max(0, list.count - 1);
  }
  return next;
}

function signInLink(text) {
  return el('p', { class: 'people-sign-in' }, el('a', { href: '/login' }, text));
}

/** What the server said when it refused: the problem's detail, or its status. */
function problemText(error) {
  return error?.problem?.detail ?? error?.problem?.title ?? error?.message ?? 'The request failed.';
}

function personItem(person) {
  return el('li', { class: 'item', 'data-person': person.name },
    person.avatar ? el('img', { class: 'avatar', src: person.avatar, alt: '', width: 24, height: 24, loading: 'lazy' }) : null,
    ' ',
    el('a', { class: 'item-title', href: `/u/${encodeURIComponent(person.name)}/` }, person.name),
    person.since ? el('span', { class: 'item-meta' }, el('span', {}, 'since ', time(person.since))) : null);
}

function group(key, title, list) {
  const people = list?.people ?? [];
  const count = list?.count ?? 0;
  return el('div', { class: 'people-group', 'data-list': key, 'data-count': count },
    el('h3', { class: 'group-title' }, title, ' ', el('span', { class: 'count', 'aria-label': `${count} people` }, count)),
    el('ul', { class: 'item-list' }, people.map(personItem)),
    count > people.length ? el('p', { class: 'item-meta' }, `and ${count - people.length} more`) : null);
}

/** Fills `actions` with the caller's buttons; a click calls the API, then shows the result. */
async function showActions(actions, people, hub, redraw) {
  if (!hub?.caller) {
    actions.replaceChildren(signInLink('Sign in to join, subscribe or star'));
    return;
  }
  let mine;
  try {
    mine = await callerLists(people, hub.caller);
  } catch (error) {
    actions.replaceChildren(error?.status === 401
      ? signInLink('Sign in again to join, subscribe or star')
      : el('p', { class: 'widget-notice', role: 'alert' }, problemText(error)));
    return;
  }
  const notice = el('p', { class: 'widget-notice', role: 'alert', hidden: true });
  const buttons = actionsFor(people, mine).map((action) => el('button', {
    type: 'button',
    class: action.method === 'PUT' ? 'button' : 'button button-secondary',
    'data-action': action.action,
    onclick: async (event) => {
      for (const button of actions.querySelectorAll('button')) button.disabled = true;
      try {
        await apiRequest(action.method,
          `/api/hubs/${encodeURIComponent(people.hub)}/${action.relation}/${encodeURIComponent(hub.caller)}`);
        redraw(applied(people, action, hub.caller));
      } catch (error) {
        if (error?.status === 401) {
          actions.replaceChildren(signInLink('Sign in again to join, subscribe or star'));
          return;
        }
        notice.textContent = problemText(error);
        notice.hidden = false;
        for (const button of actions.querySelectorAll('button')) button.disabled = false;
        event.target.focus();
      }
    },
  }, action.label));
  actions.replaceChildren(el('div', { class: 'people-buttons' }, buttons), notice);
}

function draw(body, people, hub) {
  const actions = el('div', { class: 'people-actions', 'aria-live': 'polite' });
  const groups = LISTS.filter(([key]) => (people[key]?.count ?? 0) > 0);
  const parts = [
    people.hub !== hub?.name ? el('p', { class: 'widget-caption' }, 'People of ', people.hub) : null,
    actions,
    ...(groups.length
      ? groups.map(([key, title]) => group(key, title, people[key]))
      : [el('p', { class: 'widget-empty' }, 'Nobody has joined, subscribed to or starred this hub yet.')]),
  ];
  body.replaceChildren(...parts.filter(Boolean));
  showActions(actions, people, hub, (next) => draw(body, next, hub));
}

export function render(body, widget, hub) {
  const people = widget.data?.people;
  if (!people) {
    body.append(el('p', { class: 'widget-empty' }, 'No people yet.'));
    return;
  }
  draw(body, people, hub);
}
