/**
 * Use cases shared by the desktop app and the command line: plan (always refereed by the plan checker),
 * compare strategies, check a plan file against its graph.
 */
package io.itplan.app;
