package dev.tfal.active;

import java.io.IOException;

/** Told about every finished round, e.g. to append to rounds.csv and save the session state. */
@FunctionalInterface
public interface RoundListener {
  void onRoundEnd(RoundResult result, SessionState state) throws IOException;
}
