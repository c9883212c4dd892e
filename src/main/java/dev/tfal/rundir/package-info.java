/**
 * The layout of a run directory and the state files in it: where each file lives, the resolved
 * configuration and session state a run writes (checksummed) and reads back to resume.
 */
package dev.tfal.rundir;
