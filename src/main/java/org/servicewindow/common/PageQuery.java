package org.servicewindow.common;

/** Page number and size from a request, clamped so no client can ask for an unbounded list. */
public record PageQuery(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageQuery {
    page = Math.max(0, page);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  public static PageQuery of(Integer page, Integer size) {
    return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public long offset() {
    return (long) page * size;
  }

  public <T> Paged<T> result(java.util.List<T> items, long total) {
    return new Paged<>(items, page, size, total);
  }
}
