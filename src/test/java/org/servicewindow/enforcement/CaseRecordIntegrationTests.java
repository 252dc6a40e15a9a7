package org.servicewindow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.common.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The full-process record: every step, document and file is an entry of a hash chain; an UPDATE or DELETE
 * issued directly in SQL is found by the verifier (API and page) at the first broken link; corrections
 * are new entries; files are kept with size and SHA-256; concurrent appends never fork the chain.
 */
@IntegrationTest
class CaseRecordIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  private String verification(EnforcementCase c) throws Exception {
    return mvc.perform(get("/api/v1/enforcement/cases/" + c.id() + "/verification")
            .header("Authorization", bearer(accounts.token("officer1"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void anUpdateIssuedDirectlyInSqlIsDetectedAtTheEntryItChanged() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.atDecision(CaseKind.PENALTY);
    assertThat(verification(c)).contains("\"intact\":true").contains("\"entries\":5");

    int changed = jdbc.sql("UPDATE enf_record SET content = 'content rewritten' WHERE case_id = :id AND seq = 3")
        .param("id", c.id()).update();
    assertThat(changed).isEqualTo(1);

    assertThat(verification(c)).contains("\"intact\":false").contains("\"firstBrokenSeq\":3")
        .contains("\"problem\":\"content\"");
    String page = mvc.perform(get("/enforcement/cases/" + c.id() + "/verify").with(as(f.officer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("记录已被篡改：第 3 条起链条断裂").contains("记录内容被改动");
    String sweep = mvc.perform(get("/api/v1/enforcement/verifications").param("unit", "BJCGZFJ").param("size", "5")
            .header("Authorization", bearer(accounts.token("inspector"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(sweep).contains("\"caseNumber\":\"" + c.caseNumber() + "\",\"entries\":5,\"intact\":false");
    String sweepPage = mvc.perform(get("/enforcement/verification").with(as(f.officer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(sweepPage).contains(c.caseNumber()).contains("已被篡改");
  }

  @Test
  void anAttackerWhoAlsoFixesTheEntryHashBreaksTheNextLink() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.atDecision(CaseKind.PENALTY);
    jdbc.sql("UPDATE enf_record SET actor = 'someone', hash = :h WHERE case_id = :id AND seq = 2")
        .param("h", "f".repeat(64)).param("id", c.id()).update();
    String result = verification(c);
    assertThat(result).contains("\"intact\":false").contains("\"firstBrokenSeq\":2");
    // Rewriting the stored hash to the "right" value for the new content still leaves entry 3 pointing at the old one.
    RecordEntry e = f.enforcement.record(f.officer, c.id(), PageQuery.of(0, 50)).items().get(1);
    String rehashed = org.servicewindow.enforcement.internal.ChainHash.hash(e.prevHash(),
        org.servicewindow.enforcement.internal.ChainHash.canonical(c.id(), 2, e.kind().name(), e.step().name(),
            e.recordedAt(), e.actor(), e.summary(), e.content(), null, null, null, null, null));
    jdbc.sql("UPDATE enf_record SET hash = :h WHERE case_id = :id AND seq = 2").param("h", rehashed)
        .param("id", c.id()).update();
    assertThat(verification(c)).contains("\"firstBrokenSeq\":3").contains("\"problem\":\"link\"");
  }

  @Test
  void aForgerWhoRecomputesEveryLaterHashAndTheHeadIsCaughtByTheAuditAnchors() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.atDecision(CaseKind.PENALTY);
    List<RecordEntry> entries = f.enforcement.record(f.officer, c.id(), PageQuery.of(0, 50)).items();
    // Rewrite entry 2, then recompute its hash, every later link and hash, and the head on the case row.
    String previous = entries.get(0).hash();
    for (RecordEntry e : entries.subList(1, entries.size())) {
      String content = e.seq() == 2 ? "当事人未到场" : e.content();
      String hash = org.servicewindow.enforcement.internal.ChainHash.hash(previous,
          org.servicewindow.enforcement.internal.ChainHash.canonical(c.id(), e.seq(), e.kind().name(), e.step().name(),
              e.recordedAt(), e.actor(), e.summary(), content, e.fileName(), e.fileType(), e.fileSize(), e.fileSha256(),
              e.correctsSeq()));
      jdbc.sql("UPDATE enf_record SET content = :content, prev_hash = :prev, hash = :hash WHERE case_id = :id AND seq = :seq")
          .param("content", content).param("prev", previous).param("hash", hash).param("id", c.id()).param("seq", e.seq())
          .update();
      previous = hash;
    }
    jdbc.sql("UPDATE enf_case SET record_head = :h WHERE id = :id").param("h", previous).param("id", c.id()).update();

    assertThat(verification(c)).contains("\"intact\":false").contains("\"firstBrokenSeq\":2")
        .contains("\"problem\":\"anchor\"");
    String page = mvc.perform(get("/enforcement/cases/" + c.id() + "/verify").with(as(f.officer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("与写入时审计日志留存的哈希不符");
  }

  @Test
  void aDeletedEntryIsDetected() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase middle = f.atDecision(CaseKind.PENALTY);
    jdbc.sql("DELETE FROM enf_record WHERE case_id = :id AND seq = 2").param("id", middle.id()).update();
    assertThat(verification(middle)).contains("\"firstBrokenSeq\":2").contains("\"problem\":\"missing\"");

    EnforcementCase last = f.atDecision(CaseKind.PENALTY);
    jdbc.sql("DELETE FROM enf_record WHERE case_id = :id AND seq = 5").param("id", last.id()).update();
    assertThat(verification(last)).contains("\"firstBrokenSeq\":5").contains("\"problem\":\"head\"");
  }

  @Test
  void correctionsAreNewEntriesThatLeaveTheOriginal() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.filed(CaseKind.INSPECTION);
    RecordEntry doc = f.enforcement.addDocument(f.officer, c.id(), "询问笔录", "当事人称于 3 月开业。");
    mvc.perform(post("/api/v1/enforcement/cases/" + c.id() + "/corrections")
            .header("Authorization", bearer(accounts.token("officer1")))
            .contentType("application/json").content("{\"seq\":" + doc.seq() + ",\"text\":\"应为 5 月开业。\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("CORRECTION"))
        .andExpect(jsonPath("$.correctsSeq").value(doc.seq()));
    List<RecordEntry> entries = f.enforcement.record(f.officer, c.id(), PageQuery.of(0, 50)).items();
    assertThat(entries).hasSize(3);
    assertThat(entries.get(1).content()).isEqualTo("当事人称于 3 月开业。");
    assertThat(entries.get(2).content()).isEqualTo("应为 5 月开业。");
    assertThat(verification(c)).contains("\"intact\":true");
  }

  @Test
  void filesAreStoredWithSizeAndSha256AndTheirTamperingIsDetected() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.filed(CaseKind.PENALTY);
    byte[] video = new byte[3 * 1024 * 1024 + 17];
    new java.util.Random(7).nextBytes(video);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(video));
    // The API streams the raw body to disk.
    mvc.perform(post("/api/v1/enforcement/cases/" + c.id() + "/files").param("name", "执法记录仪.mp4")
            .header("Authorization", bearer(accounts.token("officer1"))).contentType("video/mp4").content(video))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.fileSize").value(video.length))
        .andExpect(jsonPath("$.fileSha256").value(sha)).andExpect(jsonPath("$.seq").value(2));
    // The page uploads a multipart form.
    mvc.perform(multipart("/enforcement/cases/" + c.id() + "/files")
            .file(new MockMultipartFile("file", "现场照片.jpg", "image/jpeg", "jpeg-bytes".getBytes(StandardCharsets.UTF_8)))
            .param("description", "现场照片").with(as(f.officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/enforcement/cases/" + c.id() + "/files/2").with(as(f.officer)))
        .andExpect(status().isOk()).andExpect(content().bytes(video))
        .andExpect(header().string("X-Content-SHA256", sha));
    assertThat(verification(c)).contains("\"intact\":true").contains("\"entries\":3");

    String key = jdbc.sql("SELECT storage_key FROM enf_record WHERE case_id = :id AND seq = 3").param("id", c.id())
        .query(String.class).single();
    Path stored = context.getBean(org.servicewindow.enforcement.internal.CaseFiles.class).path(key);

    // A refused upload keeps nothing on disk.
    long filesBefore;
    try (var list = Files.list(stored.getParent())) {
      filesBefore = list.count();
    }
    mvc.perform(post("/api/v1/enforcement/cases/" + c.id() + "/files").param("name", "空.txt")
            .header("Authorization", bearer(accounts.token("officer1"))).contentType("text/plain").content(new byte[0]))
        .andExpect(status().isUnprocessableEntity());
    try (var list = Files.list(stored.getParent())) {
      assertThat(list.count()).isEqualTo(filesBefore);
    }
    Files.writeString(stored, "swapped");
    assertThat(verification(c)).contains("\"firstBrokenSeq\":3").contains("\"problem\":\"file\"");
  }

  @Test
  void concurrentAppendsToOneCaseNeverForkTheChain() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.filed(CaseKind.PENALTY);
    int threads = 8;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> jobs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      jobs.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < each; i++) {
          f.enforcement.addDocument(f.officer, c.id(), "笔录 " + thread + "-" + i, "同时追加");
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> job : jobs) {
      job.get();
    }
    pool.shutdown();
    List<RecordEntry> entries = f.enforcement.record(f.officer, c.id(), PageQuery.of(0, 100)).items();
    assertThat(entries).hasSize(1 + threads * each);
    Set<String> previous = new java.util.HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      assertThat(entries.get(i).seq()).isEqualTo(i + 1);
      assertThat(previous.add(entries.get(i).prevHash())).as("two entries link to one predecessor").isTrue();
      if (i > 0) {
        assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
      }
    }
    assertThat(verification(c)).contains("\"intact\":true").contains("\"entries\":" + (1 + threads * each));
  }

  @Test
  void theCasePageShowsTheTimelineAndKeepsWhatWasTypedWhenAStepIsRefused() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    EnforcementCase c = f.filed(CaseKind.PENALTY);
    mvc.perform(post("/enforcement/cases/" + c.id() + "/advance").param("note", "指派调查").with(as(f.officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String refused = mvc.perform(post("/enforcement/cases/" + c.id() + "/advance").param("note", "我写的告知记录")
            .with(as(f.officer)).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("请先填写拟作出的决定").contains("我写的告知记录");
    String page = mvc.perform(get("/enforcement/cases/" + c.id()).with(as(f.officer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(c.caseNumber()).contains("全过程记录（2 条）").contains("进入调查取证").contains("指派调查");
    String list = mvc.perform(get("/enforcement/cases").param("q", c.caseNumber()).with(as(f.officer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(list).contains(c.caseNumber()).contains("共 1 条");
  }

  @Test
  void filingThroughThePageKeepsTheFormOnABadIdNumber() throws Exception {
    EnforcementFixture f = new EnforcementFixture(context);
    List<Officer> two = f.twoOfficers();
    String html = mvc.perform(post("/enforcement/cases").with(as(f.officer)).with(csrf())
            .param("kind", "PENALTY").param("title", "我的案由").param("partyType", "PERSON").param("partyName", "李四")
            .param("partyIdNumber", "610302199001011230").param("facts", "我的事实").param("legalBasis", "我的依据")
            .param("discretionId", f.discretion().id().toString())
            .param("officerIds", two.get(0).id().toString(), two.get(1).id().toString()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("公民身份号码无效").contains("我的案由").contains("我的事实");
    String valid = EnforcementFixture.residentId("19900101");
    mvc.perform(post("/enforcement/cases").with(as(f.officer)).with(csrf())
            .param("kind", "PENALTY").param("title", "我的案由").param("partyType", "PERSON").param("partyName", "李四")
            .param("partyIdNumber", valid).param("facts", "我的事实").param("legalBasis", "我的依据")
            .param("discretionId", f.discretion().id().toString())
            .param("officerIds", two.get(0).id().toString(), two.get(1).id().toString()))
        .andExpect(status().is3xxRedirection());
  }

}
