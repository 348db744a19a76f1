/**
 * Exports of an integration plan to what teams already run (DESIGN §6): CI pipelines whose jobs follow
 * {@code after} (GitHub Actions, GitLab CI, Jenkins), test-runner files (TestNG XML, JUnit Platform
 * suites) and a Makefile. Every export is deterministic and treats every name and argument from the plan
 * as data: it is quoted for each language it passes through, never spliced in as syntax.
 */
package io.itplan.core.export;
