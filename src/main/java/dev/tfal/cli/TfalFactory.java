package dev.tfal.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Picocli's maker of the classes its annotations name, wired to the environment: the preset list of
 * {@code --help} is that of the environment's tfal home.
 */
record TfalFactory(Environment env) implements IFactory {
  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == ModelOptions.PresetNames.class) {
      return type.cast(new ModelOptions.PresetNames(env.models()));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
