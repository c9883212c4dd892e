package dev.tfal.text;

import java.util.Arrays;

/**
 * An insertion-ordered set of tokens with open addressing, looked up by a char buffer slice so that
 * callers need not create a String per token. Entries are numbered 0, 1, 2, ... in the order they
 * were added. Not thread-safe while being added to; safe to share once no longer modified.
 */
final class TokenTable {
  private char[][] keys = new char[16][];
  private int[] hashes = new int[16];
  private int[] slots = new int[32];
  private int size;

  int size() {
    return size;
  }

  /** The entry number of the token, or -1 if absent. {@code hash} is its String hash code. */
  int find(char[] chars, int length, int hash) {
    return slots[slotOf(chars, length, hash)] - 1;
  }

  int find(String token) {
    char[] chars = token.toCharArray();
    return find(chars, chars.length, token.hashCode());
  }

  /** Adds the token if absent; returns its entry number either way. */
  int add(char[] chars, int length, int hash) {
    int slot = slotOf(chars, length, hash);
    if (slots[slot] != 0) {
      return slots[slot] - 1;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    keys[size] = Arrays.copyOf(chars, length);
    hashes[size] = hash;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  int add(String token) {
    char[] chars = token.toCharArray();
    return add(chars, chars.length, token.hashCode());
  }

  String token(int entry) {
    return new String(keys[entry]);
  }

  private int slotOf(char[] chars, int length, int hash) {
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0
          || (hashes[entry] == hash
              && Arrays.equals(keys[entry], 0, keys[entry].length, chars, 0, length))) {
        return slot;
      }
    }
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = spread(hashes[entry]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
