/** The login screen: server address, directory account, managers only. */
package fr.infotools.desktop.login;
