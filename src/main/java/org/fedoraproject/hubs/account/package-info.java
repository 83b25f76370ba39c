/**
 * Accounts and access: who the caller is (a browser session made by OpenID Connect sign-in at
 * {@code /login}, or a script's bearer access token from the same provider), the rules of who may
 * change what ({@link org.fedoraproject.hubs.account.AccessRules}, asked by every edge through
 * {@link org.fedoraproject.hubs.account.Authorization}), cross-site request refusal, security
 * headers, and the abuse limits' settings.
 */
package org.fedoraproject.hubs.account;
