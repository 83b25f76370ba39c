/**
 * GitHub repository: the open issues and pull requests of one GitHub repository, from its REST API
 * ({@link org.fedoraproject.hubs.widgets.github.GitHubClient}, one request for both since GitHub
 * lists pull requests among issues), rebuilt by github2fedmsg's issue and pull-request messages
 * about that repository ({@link org.fedoraproject.hubs.widgets.github.GitHubMessageRule}).
 */
package org.fedoraproject.hubs.widgets.github;
