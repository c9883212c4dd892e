package dev.tfal.rundir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link RunConfig} as one line of {@code field=value} pairs (nested fields by their dotted path,
 * as in {@code config.json}), and the fields in which two records differ. Rendered from the JSON
 * tree, so a renamed or added field shows without a change here.
 */
final class RunConfigText {
  /** Fields that do not describe the experiment: they never count as a difference. */
  private static final Set<String> NOT_COMPARED = Set.of("schema", "dataSourceAsGiven", "runtime");

  private RunConfigText() {}

  /** {@code command=learn dataSourceAsGiven=... data.source=... ...}; unset fields are left out. */
  static String oneLine(RunConfig config) {
    List<String> pairs = new ArrayList<>();
    flatten("", RunConfigFile.JSON.valueToTree(config), pairs);
    pairs.removeIf(pair -> pair.startsWith("schema="));
    return String.join(" ", pairs);
  }

  /**
   * The experiment's fields whose values differ, each as {@code path: A there, B here}, {@code
   * there} being {@code saved}; joined by {@code "; "}.
   */
  static String differences(RunConfig saved, RunConfig here) {
    ObjectNode a = RunConfigFile.JSON.valueToTree(saved);
    ObjectNode b = RunConfigFile.JSON.valueToTree(here);
    a.remove(NOT_COMPARED);
    b.remove(NOT_COMPARED);
    List<String> found = new ArrayList<>();
    compare("", a, b, found);
    return found.isEmpty() ? "no field differs as written" : String.join("; ", found);
  }

  private static void flatten(String path, JsonNode node, List<String> pairs) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(join(path, field.getKey()), field.getValue(), pairs);
      }
    } else if (!node.isNull()) {
      pairs.add(path + "=" + text(node));
    }
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<String> found) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(join(path, name), a.path(name), b.path(name), found);
      }
    } else if (!a.equals(b)) {
      found.add(path + ": " + shown(a) + " there, " + shown(b) + " here");
    }
  }

  private static String shown(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "unset" : text(node);
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
