package org.govpurchase.draw;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one way the platform draws at random: the candidates in a fixed order (by id), shuffled
 * (Fisher-Yates) with {@code SplittableRandom(seed)}. The seed is stored with the draw, so anyone
 * can replay it from the same candidates and get the same order.
 */
public final class SeededDraw {

  private static final SecureRandom SEEDS = new SecureRandom();

  private SeededDraw() {
  }

  /** a fresh, unpredictable seed for a draw nobody asked to replay */
  public static long newSeed() {
    return SEEDS.nextLong();
  }

  /** the candidates sorted by {@code order}, then shuffled with the seed */
  public static <T> List<T> shuffle(List<T> candidates, Comparator<? super T> order, long seed) {
    List<T> shuffled = new ArrayList<>(candidates);
    shuffled.sort(order);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, swap);
    }
    return shuffled;
  }
}
