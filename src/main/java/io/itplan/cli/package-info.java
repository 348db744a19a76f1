/**
 * The command line: {@code itplan plan | check | compare | validate | import}, headless, with exit codes
 * 0 (success), 1 (a disagreement or a failed step) and 2 (bad input or usage), and errors on one line each.
 */
package io.itplan.cli;
