/** Words the app and the command line print alike, such as counted nouns. */
package io.itplan.app.text;
