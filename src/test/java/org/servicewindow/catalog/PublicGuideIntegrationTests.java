package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public guide site without login: search, browse, a guide, what is printed, bundles and the merged form. */
@IntegrationTest
class PublicGuideIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired org.servicewindow.catalog.internal.PublicGuides guides;

  private String page(String path, String... params) throws Exception {
    var request = get(path);
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theHomePageOffersTheGuidesAndBundlesAsTiles() throws Exception {
    assertThat(page("/")).contains("href=\"/guides\"", "办事指南", "查询事项的申请材料、流程、时限和地点，打印材料清单",
        "href=\"/bundles\"", "一件事一次办");
  }

  @Test
  void aSearchForFoodBusinessLicensingPutsItFirst() throws Exception {
    String results = page("/guides", "q", "食品经营许可");

    assertThat(results).contains("找到 4 个事项");
    assertThat(results.indexOf("href=\"/guides/XZSPJ-001\"")).isPositive()
        .isLessThan(results.indexOf("href=\"/guides/XZSPJ-002\""));
    assertThat(page("/guides", "q", "spjyxk")).contains("href=\"/guides/XZSPJ-001\"");
    assertThat(page("/guides", "q", "没有这种事项")).contains("没有找到相关事项");
  }

  @Test
  void citizensBrowseByLifeEventAndByUnit() throws Exception {
    String landing = page("/guides");
    assertThat(landing).contains("按主题查找", "href=\"/guides?event=BIRTH\"", "按部门查找", "href=\"/guides?unit=BJGAJ\"");

    assertThat(page("/guides", "event", "BIRTH")).contains("出生医学证明签发", "出生登记（新生儿入户）")
        .doesNotContain("企业设立登记");
    assertThat(page("/guides", "unit", "BJGAJ")).contains("市公安局", "普通护照签发")
        .doesNotContain("个人住房公积金提取（租赁住房）");
    mvc.perform(get("/guides").param("event", "NOT_AN_EVENT")).andExpect(status().isNotFound());
  }

  @Test
  void aGuidePageShowsEveryElementAndWhereToGo() throws Exception {
    String guide = page("/guides/XZSPJ-001");

    assertThat(guide).contains("食品经营许可", "市行政审批服务局", "承诺办结时限", "3 个工作日", "10 个工作日", "不收费",
        "受理条件", "食品经营许可申请书", "空白表格", "示例样表", "房屋租赁合同", "经营场所为租赁的",
        "现场核查", "不计入办理时限", "《中华人民共和国食品安全法》", "食品经营许可证", "0917-", "12345",
        "宝鸡市政务服务中心 · 1楼 A区 综合受理 · 1–8号窗口", "/guides/XZSPJ-001/qr.png", "/guides/XZSPJ-001/checklist");
    mvc.perform(get("/guides/NO-SUCH")).andExpect(status().isNotFound());
  }

  @Test
  void theChecklistPrintListsEveryMaterialToTickWithTheQrCode() throws Exception {
    String checklist = page("/guides/XZSPJ-001/checklist");
    ServiceGuide guide = catalog.guide("XZSPJ-001").orElseThrow();

    assertThat(checklist).contains("《食品经营许可》申请材料清单", "data-print", "/guides/XZSPJ-001/qr.png",
        "共 " + guide.content().materials().size() + " 项材料");
    guide.content().materials().forEach(m -> assertThat(checklist).contains(m.name()));
    assertThat(checklist.split("class=\"square\"", -1)).hasSize(guide.content().materials().size() + 1);
  }

  @Test
  void thePosterAndItsQrCodeLeadToTheOnlineGuide() throws Exception {
    assertThat(page("/guides/XZSPJ-001/poster")).contains("宣传海报", "A3", "食品经营许可", "扫码查看完整指南");

    byte[] png = mvc.perform(get("/guides/XZSPJ-001/qr.png")).andExpect(status().isOk())
        .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(image)))).getText();
    assertThat(decoded).isEqualTo("http://localhost/guides/XZSPJ-001");
  }

  @Test
  void theDemoBlankFormIsAPdfAnyoneMayDownload() throws Exception {
    var file = catalog.guide("XZSPJ-001").orElseThrow().content().material("FOOD-APP").orElseThrow().blankForm();

    byte[] pdf = mvc.perform(get("/guides/files/" + file)).andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aFixedBundleListsEachDocumentOnceForAllItsItems() throws Exception {
    String bundle = page("/bundles/KBCYD");

    assertThat(bundle).contains("开办餐饮店", "套餐式", "企业设立登记", "食品经营许可", "公共场所卫生许可", "合并后的材料清单",
        "/bundles/KBCYD/form?", "/bundles/KBCYD/checklist?");
    int start = bundle.indexOf("合并后的材料清单");
    assertThat(bundle.substring(start).split("<strong>营业执照</strong>", -1)).as("营业执照 listed once").hasSize(2);
    assertThat(page("/bundles/KBCYD/checklist")).contains("《开办餐饮店》申请材料清单", "用于：");
  }

  @Test
  void aMenuBundleTakesItsMandatoryItemsAndThePickedOnesOnly() throws Exception {
    assertThat(page("/bundles/KBQY")).contains("点餐式", "企业设立登记", "type=\"checkbox\"");
    String picked = page("/bundles/KBQY", "items", "SWJ-001", "items", "GAJ-001");
    assertThat(picked).contains("新办纳税人信息确认").contains("纳税人信息确认表").doesNotContain("新生儿户口页");
  }

  @Test
  void theMergedFormComesBackWithEveryMistakeAndWhatWasTypedThenPrints() throws Exception {
    assertThat(page("/bundles/XSECS/form")).contains("一表申请", "新生儿姓名", "母亲公民身份号码", "个事项共用");

    String invalid = mvc.perform(post("/bundles/XSECS/form").with(csrf()).param("a.babyName", "王小宝")
            .param("a.motherIdNumber", "110105194912310021").param("a.babyBirthDate", "2026年5月1日"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(invalid).contains("请更正以下问题", "母亲公民身份号码：公民身份号码不正确", "新生儿出生日期：请按 2026-05-01 的格式填写日期",
        "父亲姓名：必填", "value=\"王小宝\"", "value=\"110105194912310021\"");

    var form = post("/bundles/XSECS/form").with(csrf());
    guides.bundleSelection("XSECS", java.util.List.of()).form().fields()
        .forEach(f -> form.param("a." + f.field().key(), answer(f.field())));
    String printed = mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(printed).contains("《新生儿出生》一表申请", "新生儿出生 联办申请表", "王小宝", "申请人（签字/盖章）", "随附材料", "data-print");
  }

  @Test
  void aCitizenPicksTheirOwnItemsAndUnknownOnesAreLeftOut() throws Exception {
    String own = page("/bundles/custom", "items", "XZSPJ-001", "items", "NOPE", "q", "公积金");

    assertThat(own).contains("自选事项一起办", "食品经营许可", "添加", "个人住房公积金提取").doesNotContain("NOPE");
    var tooMany = get("/bundles/custom");
    for (int i = 1; i <= 11; i++) {
      tooMany.param("items", String.format("GAJ-%03d", i));
    }
    mvc.perform(tooMany).andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("一次最多选择 10 个事项")));
  }

  @Test
  void thePublicPagesSpeakEnglishWhenAsked() throws Exception {
    assertThat(page("/guides", "lang", "en")).contains("Service guides", "Browse by topic").doesNotContain("按主题查找");
  }

  private static String answer(FormField f) {
    return switch (f.type()) {
      case ID_NUMBER -> "11010519491231002X";
      case DATE -> "2026-05-01";
      case PHONE -> "13891700000";
      case NUMBER -> "1";
      case EMAIL -> "a@example.cn";
      case CREDIT_CODE -> "91350100M000100Y43";
      case SELECT -> f.options().get(0);
      default -> f.key().equals("babyName") ? "王小宝" : "测试";
    };
  }
}
