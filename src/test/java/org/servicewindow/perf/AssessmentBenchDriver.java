package org.servicewindow.perf;

import java.time.LocalDate;
import org.servicewindow.ServiceWindowApplication;
import org.servicewindow.assessment.PeriodKind;
import org.servicewindow.assessment.internal.AssessmentRuns;
import org.servicewindow.assessment.internal.Period;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The assessment benchmark's two steps (see perf/assessment-bench.sh): {@code seed} starts the application
 * once on the database so that Flyway and the demo data (organization, default scheme) are in place;
 * {@code run} times a monthly assessment run of a month of the generated history.
 */
public final class AssessmentBenchDriver {

  private AssessmentBenchDriver() {}

  public static void main(String[] args) {
    String url = args[1];
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ServiceWindowApplication.class)
        // a web context (on a free port): the platform's error controller is part of the application
        .run("--server.port=0", "--spring.profiles.active=demo", "--sw.test.shared-database-url=" + url, "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres", "--spring.datasource.password=",
            "--sw.notification.poll-enabled=false", "--sw.assessment.jobs-enabled=false",
            // the demo scores its months before the server opens, never beside the timed run
            "--sw.demo.derived-in-background=false",
            "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
      if ("run".equals(args[0])) {
        AssessmentRuns runs = app.getBean(AssessmentRuns.class);
        // the month in progress is open (scores replaced); the last complete one was frozen by the demo, so its
        // run compares with the frozen snapshot and stores the differences as adjustments
        LocalDate current = org.servicewindow.common.ChinaTime.today(app.getBean(java.time.Clock.class));
        for (LocalDate month : new LocalDate[] {current, LocalDate.parse(args[2] + "-01")}) {
          for (String pass : new String[] {"first run", "second run"}) {
            long start = System.nanoTime();
            AssessmentRuns.Outcome o = runs.compute(Period.containing(PeriodKind.MONTH, month));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("monthly run %s, %s: %.1f s — %d subjects, %d lines, %d evidence rows, %d adjustments%n",
                o.period().key(), pass, seconds, o.subjects(), o.lines(), o.evidence(), o.adjustments());
          }
        }
      }
    }
  }
}
