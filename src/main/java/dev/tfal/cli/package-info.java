/**
 * The {@code tfal} command line: picocli commands and option mixins that turn options into
 * configuration records, call one service and map the outcome to an exit code. No ML logic here.
 */
package dev.tfal.cli;
