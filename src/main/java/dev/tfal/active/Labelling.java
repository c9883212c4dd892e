package dev.tfal.active;

/**
 * Where a session's labels come from and where they are kept: the oracle that answers queries, and
 * the journal every answer is written to (and flushed) before it is used. The caller closes the
 * journal.
 */
public record Labelling(Oracle oracle, LabelJournal journal) {}
