/**
 * Running a plan (DESIGN §6): steps in dependency order, ready ones in parallel, stand-ins started before the
 * steps that need them and stopped after the last, timeouts that kill whole process trees, and JUnit XML
 * reports that CI servers read.
 */
package io.itplan.core.runner;
