/** The built-in widgets, one sub-package each: the type, its cached functions and their clients. */
package org.fedoraproject.hubs.widgets;
