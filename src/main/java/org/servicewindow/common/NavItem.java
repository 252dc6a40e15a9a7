package org.servicewindow.common;

import java.util.Set;

/**
 * An entry of the staff navigation. Each module declares its own entries as beans, so the shell never
 * needs editing when a module adds a screen; the layout shows an entry to holders of any of its roles.
 *
 * @param section message key of the menu group
 * @param labelKey message key of the link text
 * @param href the link target
 * @param order position, lower first
 * @param roles role names without the {@code ROLE_} prefix
 */
public record NavItem(String section, String labelKey, String href, int order, Set<String> roles) {}
