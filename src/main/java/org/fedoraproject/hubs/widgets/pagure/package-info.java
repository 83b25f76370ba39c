/**
 * Pagure project: the open issues and open pull requests of one pagure.io project, from Pagure's
 * API 0 ({@link org.fedoraproject.hubs.widgets.pagure.PagureClient}), each list a cached function
 * that only messages about its own kind and project rebuild
 * ({@link org.fedoraproject.hubs.widgets.pagure.PagureMessageRule}).
 */
package org.fedoraproject.hubs.widgets.pagure;
