/**
 * Text for other languages: one escaper per target (POSIX shell words, one-line terminal text, XML
 * character data and attributes). Depends on nothing but the JDK, so every layer may use it.
 */
package io.itplan.core.text;
