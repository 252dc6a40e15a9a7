package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ticket's number as the slip, the board and the voice show it: the line's prefix and at least three digits. */
class DisplayNumberTests {

  @Test
  void hasThePrefixAndAtLeastThreeDigits() {
    assertThat(QueueManagement.displayNumber("A", 1)).isEqualTo("A001");
    assertThat(QueueManagement.displayNumber("A", 10)).isEqualTo("A010");
    assertThat(QueueManagement.displayNumber("A", 999)).isEqualTo("A999");
    assertThat(QueueManagement.displayNumber("A", 1000)).isEqualTo("A1000");
    assertThat(QueueManagement.displayNumber("ZX", 12345)).isEqualTo("ZX12345");
  }
}
