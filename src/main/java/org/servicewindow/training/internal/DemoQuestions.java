package org.servicewindow.training.internal;

import java.util.List;
import java.util.Set;
import org.servicewindow.training.Topic;

/**
 * The demo question bank, five topics of six questions. Facts come only from the project brief
 * (shared/docs/product.md: 行政许可法 第32/42/45/82条, 好差评 levels and callbacks, AB岗, notices, legal
 * review) and the seed document (宝政办函〔2020〕50号: 台签、工作牌, 仪表与语言规范, “门难进、脸难看、事难办”).
 */
final class DemoQuestions {

  record Item(Topic topic, QuestionKind kind, String body, List<String> options, Set<Integer> correct,
      String explanation) {}

  private static final List<String> TF = List.of("正确", "错误");

  private DemoQuestions() {}

  static List<Item> all() {
    return List.of(
        new Item(Topic.POLICY, QuestionKind.SINGLE, "申请材料不齐全或者不符合法定形式的，行政机关应当当场或者在几日内一次告知申请人需要补正的全部内容？",
            List.of("3日", "5日", "7日", "10日"), Set.of(1), "《行政许可法》第三十二条。"),
        new Item(Topic.POLICY, QuestionKind.SINGLE, "除当场作出决定的以外，行政机关应当自受理行政许可申请之日起多少日内作出决定？",
            List.of("10日", "15日", "20日", "30日"), Set.of(2), "《行政许可法》第四十二条。"),
        new Item(Topic.POLICY, QuestionKind.TRUE_FALSE, "行政许可规定的期限以工作日计算，不含法定节假日。", TF, Set.of(0),
            "《行政许可法》第八十二条。"),
        new Item(Topic.POLICY, QuestionKind.SINGLE, "二十日内不能作出行政许可决定的，经本行政机关负责人批准，可以延长多少日？",
            List.of("5日", "10日", "15日", "20日"), Set.of(1), "《行政许可法》第四十二条。"),
        new Item(Topic.POLICY, QuestionKind.MULTIPLE, "下列哪些所需时间不计算在行政许可期限内？",
            List.of("听证", "检验、检测", "专家评审", "窗口内部材料流转"), Set.of(0, 1, 2), "《行政许可法》第四十五条。"),
        new Item(Topic.POLICY, QuestionKind.TRUE_FALSE, "申请材料不齐全，行政机关逾期不告知的，自收到申请材料之日起即为受理。", TF, Set.of(0),
            "《行政许可法》第三十二条。"),
        new Item(Topic.SKILLS, QuestionKind.SINGLE, "“好差评”的五个评价等级中，下列哪一级属于差评？",
            List.of("满意", "基本满意", "不满意", "非常满意"), Set.of(2), "不满意、非常不满意为差评。"),
        new Item(Topic.SKILLS, QuestionKind.TRUE_FALSE, "实名差评应当 100% 回访。", TF, Set.of(0), null),
        new Item(Topic.SKILLS, QuestionKind.SINGLE, "差评需限期整改的，默认整改期限为多少个工作日？",
            List.of("5个", "10个", "15个", "20个"), Set.of(2), null),
        new Item(Topic.SKILLS, QuestionKind.MULTIPLE, "以下哪些是现场“一次一评”的评价方式？",
            List.of("窗口评价器", "扫描回执上的二维码", "工作人员代为点评", "工作人员录入的纸质评价表"), Set.of(0, 1, 3),
            "工作人员不得代替群众评价。"),
        new Item(Topic.SKILLS, QuestionKind.TRUE_FALSE, "为了提高满意率，工作人员可以提示群众给予好评。", TF, Set.of(1),
            "工作人员不得强迫、诱导或代替评价。"),
        new Item(Topic.SKILLS, QuestionKind.SINGLE, "关于AB岗，下列说法正确的是：",
            List.of("A岗、B岗可以同时请假", "A岗离岗时由B岗办理同一业务", "B岗只负责咨询", "离岗无需交接"), Set.of(1),
            "A、B岗不得同时离岗，离岗前须交接。"),
        new Item(Topic.INTERNAL_CONTROL, QuestionKind.TRUE_FALSE, "一次性告知书出具后不得修改，需要更正的应出具新的告知书。", TF,
            Set.of(0), null),
        new Item(Topic.INTERNAL_CONTROL, QuestionKind.SINGLE, "作出不予受理决定时，必须载明：",
            List.of("经办人手机号", "不予受理的依据及申请人的复议、诉讼权利", "领导批示", "收费标准"), Set.of(1), null),
        new Item(Topic.INTERNAL_CONTROL, QuestionKind.TRUE_FALSE, "群众的评价记录在必要时可以删除或修改。", TF, Set.of(1),
            "评价不得删除或修改，申诉只改变其效力。"),
        new Item(Topic.INTERNAL_CONTROL, QuestionKind.MULTIPLE, "首问负责制要求：",
            List.of("首问人员负责到底，直至移交", "移交须留有记录", "非本窗口业务可直接让群众自行询问", "答复可分多次补充"),
            Set.of(0, 1), null),
        new Item(Topic.INTERNAL_CONTROL, QuestionKind.SINGLE, "重大执法决定作出前必须经过：",
            List.of("法制审核", "群众评议", "媒体公示", "窗口负责人同意"), Set.of(0), null),
        new Item(Topic.INTERNAL_CONTROL, QuestionKind.TRUE_FALSE, "业务系统中的每一次写操作都应留有记录（谁、何时、做了什么）。", TF,
            Set.of(0), null),
        new Item(Topic.CIVIL_LANGUAGE, QuestionKind.SINGLE, "群众来到窗口时，规范的接待用语是：",
            List.of("您好，请问您办理什么业务？", "干什么的？", "等着。", "下一个！"), Set.of(0), null),
        new Item(Topic.CIVIL_LANGUAGE, QuestionKind.TRUE_FALSE, "群众材料不全时，可以说“材料不全，回去弄齐了再来”。", TF, Set.of(1),
            "应一次性告知需补正的全部材料。"),
        new Item(Topic.CIVIL_LANGUAGE, QuestionKind.MULTIPLE, "下列属于文明用语的是：",
            List.of("请稍等", "对不起，让您久等了", "不知道，问别人去", "请慢走"), Set.of(0, 1, 3), null),
        new Item(Topic.CIVIL_LANGUAGE, QuestionKind.SINGLE, "优质服务提升行动要杜绝的“三难”是指：",
            List.of("门难进、脸难看、事难办", "号难取、队难排、人难找", "材料难、审批难、收费难", "电话难打、网站难用、表难填"),
            Set.of(0), "见宝政办函〔2020〕50号。"),
        new Item(Topic.CIVIL_LANGUAGE, QuestionKind.TRUE_FALSE, "接听咨询电话时，应先问候并报出单位名称。", TF, Set.of(0), null),
        new Item(Topic.CIVIL_LANGUAGE, QuestionKind.SINGLE, "群众情绪激动时，窗口人员应当：",
            List.of("耐心倾听、语气平和地解释", "与其争辩", "不予理睬", "让其去投诉"), Set.of(0), null),
        new Item(Topic.ETIQUETTE, QuestionKind.TRUE_FALSE, "窗口工作人员应通过摆放台签、佩戴工作牌亮明身份和岗位职责。", TF, Set.of(0),
            "见宝政办函〔2020〕50号。"),
        new Item(Topic.ETIQUETTE, QuestionKind.MULTIPLE, "仪表、行为规范要求窗口人员：",
            List.of("规范着装", "仪表整洁", "坐姿端正", "工作时可在窗口用餐"), Set.of(0, 1, 2), null),
        new Item(Topic.ETIQUETTE, QuestionKind.SINGLE, "向群众递送材料时，正确的做法是：",
            List.of("双手递送，文字正面朝向对方", "单手推过去", "放在台面让其自取", "从窗口上方扔过去"), Set.of(0), null),
        new Item(Topic.ETIQUETTE, QuestionKind.TRUE_FALSE, "微笑服务、礼貌待人是服务礼仪的基本要求。", TF, Set.of(0), null),
        new Item(Topic.ETIQUETTE, QuestionKind.SINGLE, "老年人、残疾人、孕妇等群众办事，可以：",
            List.of("走绿色通道优先办理", "必须普通排队", "只能网上办理", "只能预约"), Set.of(0), null),
        new Item(Topic.ETIQUETTE, QuestionKind.SINGLE, "工作时间内窗口人员应当：",
            List.of("坚守岗位，不串岗、不闲聊、不玩手机", "可短暂离岗不必交接", "可处理私人事务", "无人办理时可关闭窗口"),
            Set.of(0), null));
  }
}
