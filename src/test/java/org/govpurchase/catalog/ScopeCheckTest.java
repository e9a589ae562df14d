package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The scope check with the terms configured in application.yaml. */
class ScopeCheckTest {

  final ScopeCheck check = new ScopeCheck(configured());

  @Test
  void refusalNamesTheItemAndTheMatter() {
    assertThat(check.refusal("行政许可证核发", "代为核发行政许可证"))
        .contains("目录事项「行政许可证核发」涉及行政许可，属于不得购买的事项");
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
      "食品经营许可证核发, 受理并核发食品经营许可证, 行政许可",
      "企业投资项目审批, 代为办理企业投资项目行政审批, 行政审批",
      "城市管理综合执法, 协助开展违法建设查处, 行政执法",
      "违法建设查处辅助, 参与违法建设执法行动, 行政执法",
      "环境违法案件处理, 作出行政处罚决定, 行政执法",
      "欠缴费用追缴, 申请并实施强制执行, 行政强制",
      "查封扣押, 实施行政强制措施, 行政强制",
      "民事案件审判辅助, 协助法院开展审判工作, 司法审判",
      "国家安全审查, 对外资并购开展国家安全审查, 国家安全",
      "涉密文件管理, 管理本单位涉密文件, 国家秘密",
      "保密资料整理, 整理含国家秘密的档案, 国家秘密",
      "重大事项决定, 代为作出区政府行政决策, 行政决策"})
  void refusesWhatMayNeverBeBought(String name, String description, String matter) {
    assertThat(check.refusal(name, description))
        .contains("目录事项「" + name + "」涉及" + matter + "，属于不得购买的事项");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "社会工作者资格认定, 组织社会工作者职业资格认定的考务工作",
      "养老机构准入审查, 对申请设立的养老机构开展准入审查的技术评审",
      "法律援助服务, 为困难群众提供法律咨询和诉讼代理",
      "普法宣传, 开展社区普法宣传和法治讲座",
      "12345热线投诉处理, 受理和转办群众投诉",
      "重大行政决策社会稳定风险评估, 对重大行政决策开展第三方评估",
      "行政决策咨询, 为区政府重大行政决策提供专家论证",
      "行政执法人员法律知识培训, 为行政执法人员开展培训",
      "全民国家安全教育日宣传, 组织国家安全教育宣传活动",
      "档案数字化, 对不涉密的历史档案进行数字化加工",
      "食品安全抽样检验, 委托第三方开展检验检测",
      "社区居家养老服务, 为辖区高龄独居老人提供上门照护",
      "𠮷祥社区长者饭堂服务, 为辖区高龄独居老人提供助餐服务",
      "行政复议案件庭审记录, 提供会议与庭审速录服务"})
  void letsInScopeServicesThrough(String name, String description) {
    assertThat(check.refusal(name, description)).isEmpty();
  }

  @Test
  void findsTermsBrokenByWhitespaceOrLines() {
    assertThat(check.refusal("许可服务", "协助办理行政\u3000许\n可")).contains(
        "目录事项「许可服务」涉及行政许可，属于不得购买的事项");
  }

  @Test
  void anExceptedPhraseDoesNotHideAnotherOccurrence() {
    assertThat(check.refusal("国家安全教育", "国家安全教育宣传，并开展国家安全审查")).isPresent();
    assertThat(check.refusal("国家安全教育", "国家安全教育宣传")).isEmpty();
  }

  @Test
  void anExceptedPhraseDoesNotJoinTheTextAroundIt() {
    var properties = new CatalogProperties(List.of(
        new CatalogProperties.OutOfScopeTerm("甲乙", "测试事项", List.of("丙"), null)));

    assertThat(new ScopeCheck(properties).refusal("甲丙乙", "")).isEmpty();
  }

  @Test
  void anUnlessWordExcusesTheTermAnywhereInTheItem() {
    var properties = new CatalogProperties(List.of(
        new CatalogProperties.OutOfScopeTerm("行政决策", "行政决策", null, List.of("评估"))));
    var scope = new ScopeCheck(properties);

    assertThat(scope.refusal("重大行政决策风险", "由第三方开展评估")).isEmpty();
    assertThat(scope.refusal("重大行政决策风险", "由第三方作出决定")).isPresent();
  }

  @Test
  void refusesToRunWithoutTerms() {
    assertThatThrownBy(() -> new ScopeCheck(new CatalogProperties(null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("out-of-scope");
  }

  static CatalogProperties configured() {
    try {
      var environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
          .forEach(environment.getPropertySources()::addLast);
      return Binder.get(environment).bind("platform.catalog", CatalogProperties.class).get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
