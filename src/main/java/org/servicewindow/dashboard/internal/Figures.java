package org.servicewindow.dashboard.internal;

import org.servicewindow.queue.QueueStatistics;

/**
 * The period figures of one group, summed from the rollups. Rates are in percent with one decimal; a
 * figure without data is null. The p90 wait is read from the waiting-time histogram (linear inside the
 * bucket it falls in; in the open last bucket its lower bound).
 */
public record Figures(String key, String label, long issued, long served, long noShow, long waitCount,
    long waitSeconds, long[] waitHistogram, long serviceCount, long serviceSeconds, long[] evaluations,
    long appsCompleted, long appsOnTime, long appsOverdue, long appsAccepted, long complaintsReceived) {

  public Double averageWaitMinutes() {
    return waitCount == 0 ? null : Math.round(waitSeconds / 6.0 / waitCount) / 10.0;
  }

  public Double averageServiceMinutes() {
    return serviceCount == 0 ? null : Math.round(serviceSeconds / 6.0 / serviceCount) / 10.0;
  }

  public Double p90WaitMinutes() {
    return percentileMinutes(90);
  }

  /** A percentile of the waits from the histogram. */
  public Double percentileMinutes(int p) {
    long total = 0;
    for (long n : waitHistogram) {
      total += n;
    }
    if (total == 0) {
      return null;
    }
    double rank = p / 100.0 * total;
    int[] bounds = QueueStatistics.WAIT_BUCKETS;
    long seen = 0;
    for (int i = 0; i < waitHistogram.length; i++) {
      if (seen + waitHistogram[i] >= rank && waitHistogram[i] > 0) {
        double lower = i == 0 ? 0 : bounds[i - 1];
        if (i == bounds.length) {
          return lower;
        }
        double share = (rank - seen) / waitHistogram[i];
        return Math.round((lower + share * (bounds[i] - lower)) * 10) / 10.0;
      }
      seen += waitHistogram[i];
    }
    return (double) bounds[bounds.length - 1];
  }

  public long evaluationTotal() {
    long total = 0;
    for (long n : evaluations) {
      total += n;
    }
    return total;
  }

  /** 差评: levels 1 and 2. */
  public long negative() {
    return evaluations[0] + evaluations[1];
  }

  /** Share of ratings at level 3 or better, as feedback's statistics count it. */
  public Double satisfactionRate() {
    long total = evaluationTotal();
    return total == 0 ? null : Math.round((total - negative()) * 1000.0 / total) / 10.0;
  }

  public Double onTimeRate() {
    return appsCompleted == 0 ? null : Math.round(appsOnTime * 1000.0 / appsCompleted) / 10.0;
  }

  public Double noShowRate() {
    return issued == 0 ? null : Math.round(noShow * 1000.0 / issued) / 10.0;
  }

  Figures labelled(String newLabel) {
    return new Figures(key, newLabel, issued, served, noShow, waitCount, waitSeconds, waitHistogram, serviceCount,
        serviceSeconds, evaluations, appsCompleted, appsOnTime, appsOverdue, appsAccepted, complaintsReceived);
  }
}
