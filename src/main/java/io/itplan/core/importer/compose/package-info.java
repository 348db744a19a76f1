/** Docker Compose files: services as modules, depends_on and links as dependencies, stand-ins started with Compose. */
package io.itplan.core.importer.compose;
