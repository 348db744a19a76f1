/** The user's actions — text, icon and key binding — from which menus and the toolbar are built. */
package io.itplan.ui.actions;
