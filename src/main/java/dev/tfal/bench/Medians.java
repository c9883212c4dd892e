package dev.tfal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-key medians over repeated results of one scenario: numbers become their median (and nested
 * lists of per-kernel figures are combined element by element); other values are taken from the
 * first run. Adds {@code repeats}.
 */
final class Medians {
  private Medians() {}

  static Map<String, Object> of(List<Map<String, Object>> runs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : runs.get(0).keySet()) {
      List<Object> values = runs.stream().map(run -> run.get(key)).toList();
      out.put(key, combine(values));
    }
    out.put("repeats", runs.size());
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object combine(List<Object> values) {
    Object first = values.get(0);
    if (values.stream().allMatch(v -> v instanceof Integer || v instanceof Long)) {
      double[] numbers = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
      return Math.round(median(numbers));
    }
    if (values.stream().allMatch(v -> v instanceof Number)) {
      double[] numbers = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
      return median(numbers);
    }
    if (first instanceof List<?> list
        && values.stream().allMatch(v -> v instanceof List<?> l && l.size() == list.size())) {
      List<Object> combined = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        int index = i;
        List<Map<String, Object>> items =
            values.stream().map(v -> (Map<String, Object>) ((List<?>) v).get(index)).toList();
        Map<String, Object> item = of(items);
        item.remove("repeats");
        combined.add(item);
      }
      return combined;
    }
    return first;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return Figures.round(median);
  }
}
