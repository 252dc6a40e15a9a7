package org.servicewindow.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list that can grow; the JSON shape is the paged list of the public API. */
public record Paged<T>(List<T> items, int page, int size, long total) {

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public <R> Paged<R> map(Function<T, R> mapper) {
    return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
