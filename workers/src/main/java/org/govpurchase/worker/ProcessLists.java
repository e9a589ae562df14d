package org.govpurchase.worker;

import java.util.ArrayList;
import java.util.Collection;

/**
 * Lists handed to the engine as process variables (multi-instance collections). The client
 * serializes a list as JSON named by its runtime class, and the engine deserializes it by that
 * name: an immutable {@code List.of}/{@code Stream.toList()} list would be named
 * {@code java.util.ImmutableCollections$ListN}, which the engine cannot rebuild. An ArrayList it can.
 */
public final class ProcessLists {

  private ProcessLists() {
  }

  public static <T> ArrayList<T> of(Collection<T> elements) {
    return new ArrayList<>(elements);
  }
}
