/*
 * View of the "meetings" widget: a team's next meetings (fedocal) and its latest minutes (meetbot).
 * Data: widget.data.upcoming = { calendar, url, meetings: [{ id?, url?, name, start, end, timezone, location, managers }] }
 *       widget.data.minutes = { channel, meeting: { topic, owner, chairs, attendees, minutes_url, log_url, ended } | null }
 * The cached list is as of its last rebuild, so meetings that have ended since are left out here.
 */
import { el, time } from '../modules/dom.js';

const SHOWN = 5;

function meetingItem(meeting) {
  const title = meeting.url
    ? el('a', { class: 'item-title', href: meeting.url, target: '_blank', rel: 'noopener noreferrer' }, meeting.name)
    : el('span', { class: 'item-title' }, meeting.name);
  return el('li', { class: 'item', 'data-meeting-start': meeting.start },
    title,
    el('div', { class: 'item-meta' },
      el('span', { class: 'meeting-start' }, time(meeting.start)),
      meeting.location ? el('span', { class: 'meeting-location' }, meeting.location) : null,
      meeting.managers?.length ? el('span', { class: 'meeting-managers' }, `chaired by ${meeting.managers.join(', ')}`) : null));
}

function upcomingGroup(upcoming) {
  const now = Date.now();
  const coming = (upcoming.meetings ?? []).filter(meeting => Date.parse(meeting.end) > now).slice(0, SHOWN);
  return el('div', { class: 'meetings-upcoming', 'data-list': 'upcoming', 'data-count': coming.length },
    el('h3', { class: 'group-title' }, 'Next meetings ',
      el('a', { href: upcoming.url, target: '_blank', rel: 'noopener noreferrer' }, upcoming.calendar)),
    coming.length
      ? el('ul', { class: 'item-list' }, coming.map(meetingItem))
      : el('p', { class: 'widget-empty' }, 'No meeting planned.'));
}

function minutesGroup(minutes) {
  const meeting = minutes.meeting;
  return el('div', { class: 'meetings-minutes', 'data-list': 'minutes', 'data-channel': minutes.channel },
    el('h3', { class: 'group-title' }, `Latest minutes in ${minutes.channel}`),
    meeting
      ? el('div', { class: 'item', 'data-meeting-ended': meeting.ended },
        meeting.minutes_url
          ? el('a', { class: 'item-title', href: meeting.minutes_url, target: '_blank', rel: 'noopener noreferrer' },
            meeting.topic || 'Minutes')
          : el('span', { class: 'item-title' }, meeting.topic || 'Minutes'),
        el('div', { class: 'item-meta' },
          meeting.ended ? el('span', { class: 'meeting-ended' }, 'ended ', time(meeting.ended)) : null,
          meeting.owner ? el('span', { class: 'meeting-owner' }, `led by ${meeting.owner}`) : null,
          meeting.attendees?.length ? el('span', { class: 'meeting-attendees' }, `${meeting.attendees.length} attendees`) : null,
          meeting.log_url ? el('a', { href: meeting.log_url, target: '_blank', rel: 'noopener noreferrer' }, 'full log') : null))
      : el('p', { class: 'widget-empty' }, 'No minutes found.'));
}

export function render(body, widget) {
  const upcoming = widget.data?.upcoming;
  const minutes = widget.data?.minutes;
  if (!upcoming && !minutes) {
    body.append(el('p', { class: 'widget-empty' }, 'No meeting data yet.'));
    return;
  }
  if (upcoming) body.append(upcomingGroup(upcoming));
  if (minutes?.channel) body.append(minutesGroup(minutes));
}
