/**
 * Team meetings: a fedocal calendar's next meetings
 * ({@link org.fedoraproject.hubs.widgets.meetings.FedocalClient}) and the latest minutes of the
 * team's IRC channel, the last {@code meetbot.meeting.complete} message datagrepper has for it
 * ({@link org.fedoraproject.hubs.widgets.meetings.DatagrepperClient}). The two are separate cached
 * functions: fedocal messages of the calendar rebuild the first, meetbot's end of a meeting in the
 * channel the second ({@link org.fedoraproject.hubs.widgets.meetings.MeetingMessageRule}).
 */
package org.fedoraproject.hubs.widgets.meetings;
