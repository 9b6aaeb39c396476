/**
 * Portal-wide web pieces: the canonical path and the access decision every page, feed and menu asks
 * (AccessRules, PageAccess, AccessFilter and its phase listener), the current user, flash messages, the
 * forbidden and expired-view handlers, the content security policy, and the page template's bean.
 */
package dev.bastion.platform.web;
