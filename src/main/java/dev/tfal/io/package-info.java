/**
 * File-system primitives every writer shares: files and directories appear whole or not at all
 * (write to a temporary sibling, fsync, atomic rename).
 */
package dev.tfal.io;
