package dev.tfal.active;

import java.io.IOException;

/**
 * Takes each answer the moment an oracle has it; the controller's sink appends it to the label
 * journal (flushed to disk) and adds it to the labelled set before the oracle asks again.
 */
@FunctionalInterface
public interface LabelSink {
  void accept(LabelRecord answer) throws IOException;
}
