package org.servicewindow.campaign.internal;

import java.util.List;
import org.servicewindow.campaign.Campaigns.TaskDraft;
import org.servicewindow.campaign.TaskArea;

/**
 * The tasks of the seed plan (宝政办函〔2020〕50号, 三、活动内容), one per numbered item, each with the post
 * that answers for it in a unit. A new campaign starts from these; a copied one keeps its own.
 */
public final class PlanTemplate {

  public static final String THEME = "窗口树形象，服务促发展";
  public static final String LEAD_UNIT = "BJSZFB";

  /** The participating units in the order the plan lists them (二、活动范围), by their demo codes. */
  public static final List<String> SEED_UNITS = List.of("BJFGW", "BJGXJ", "BJGAJ", "BJRSJ", "BJZRZYJ", "BJSTHJJ",
      "BJZJJ", "BJCGZFJ", "BJJTYSJ", "BJNYNCJ", "BJSHWJ", "BJWHLYJ", "BJWJW", "BJSCJGJ", "BJXZSPJ", "BJWWJ", "BJYBJ",
      "BJSWJ", "BJYBJGFJ", "BJRMYH", "BJGDJ", "BJYZGLJ", "BJZWFWZX", "BJGJJ", "BJDDFGS", "BJYD", "BJLT", "BJDX",
      "BJHCZ", "BJNZ");

  private PlanTemplate() {}

  /** Units sorted as the plan lists them; others after them by code. */
  public static <T> List<T> inPlanOrder(List<T> units, java.util.function.Function<T, String> code) {
    return units.stream().sorted(java.util.Comparator.comparing((T u) -> {
      int i = SEED_UNITS.indexOf(code.apply(u));
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(code)).toList();
  }

  public static List<TaskDraft> tasks() {
    return List.of(
        new TaskDraft(TaskArea.TEAM, "提高人员素质",
            "定期组织以政策法规、业务技能、内控制度为内容的学习，开展规范文明用语、服务礼仪和业务技能比武等活动。", "单位管理员（培训）"),
        new TaskDraft(TaskArea.TEAM, "严格服务规范",
            "摆放台签、佩戴工作牌，亮明身份及岗位职责；推行仪表、语言、行为规范，杜绝“门难进、脸难看、事难办”。", "大厅/分厅负责人"),
        new TaskDraft(TaskArea.TEAM, "开展创先争优",
            "深化示范窗口、文明柜台、党员先锋岗、优质服务兵、岗位明星等评比创建活动。", "单位管理员"),
        new TaskDraft(TaskArea.ENVIRONMENT, "完善服务设施",
            "规范设置咨询台、等候叫号系统、绿色通道、无障碍设施等；制作业务流程和办事指南宣传栏。", "大厅/分厅负责人"),
        new TaskDraft(TaskArea.ENVIRONMENT, "健全服务机制",
            "完善首问负责、一次性告知、限时办结、服务承诺、AB岗等制度；推进“一件事一次办”，推行“一表申请”。", "单位管理员"),
        new TaskDraft(TaskArea.ENVIRONMENT, "创新服务载体",
            "推行服务前移化、初审咨询化；利用APP、网站、微信公众号、小程序拓展咨询受理渠道。", "单位管理员"),
        new TaskDraft(TaskArea.EFFICIENCY, "规范业务受理",
            "减少环节、精简材料，公布办事指南，压减办事时限；不予受理的说明政策依据并及时反馈。", "窗口工作人员"),
        new TaskDraft(TaskArea.EFFICIENCY, "提供高效服务",
            "材料不齐的一次性书面告知需补齐的全部内容；接受咨询一次性完整告知。", "窗口工作人员"),
        new TaskDraft(TaskArea.EFFICIENCY, "注重信息反馈",
            "对承办业务加强督办，确保按时办结并通知服务对象；新问题附初步解决方案报领导。", "窗口工作人员"),
        new TaskDraft(TaskArea.EFFICIENCY, "倡导文明执法",
            "及时公示执法信息，执法全过程留痕和可回溯管理，重大执法决定法制审核全覆盖。", "执法机构负责人"),
        new TaskDraft(TaskArea.SUPERVISION, "加强日常监管",
            "定期检查工作纪律、文明用语、服务态度、办事效率、办事结果等执行情况。", "单位管理员"),
        new TaskDraft(TaskArea.SUPERVISION, "健全考核制度",
            "量化和评价、日常与年终相结合，考核结果作为业绩评定、奖励惩处的重要依据。", "单位管理员"),
        new TaskDraft(TaskArea.SUPERVISION, "严格问责制度",
            "公开服务承诺，严格落实过错责任追究制度。", "单位领导"),
        new TaskDraft(TaskArea.SUPERVISION, "接受群众监督",
            "全面落实“好差评”制度，通过评价器、二维码、意见箱、投诉电话、电子邮箱等渠道征求意见。", "大厅/分厅负责人"),
        new TaskDraft(TaskArea.SUPERVISION, "抓好整改落实",
            "对群众意见建议和“差评”反馈建立台账，举一反三，立行立改。", "单位管理员"));
  }
}
