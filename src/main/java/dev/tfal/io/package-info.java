/**
 * File-system primitives every writer shares: files and directories appear whole or not at all
 * (write to a temporary sibling, fsync, atomic rename, fsync of the directory; {@link
 * dev.tfal.io.DiskSync} takes those steps and lets tests observe their order); state files carry a
 * SHA-256 checksum file and journal lines a CRC32C, so damage is reported instead of read; a failed
 * write names its file and keeps the previous version; {@link dev.tfal.io.WriteFaults} lets tests
 * fail writes as a full disk does.
 */
package dev.tfal.io;
