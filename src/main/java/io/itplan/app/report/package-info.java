/** Pictures and reports of a plan for people: SVG of the graph with a step painted, Markdown and HTML. */
package io.itplan.app.report;
