package org.demarche.analysis.group;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.demarche.analysis.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gazetteer names as texts really write them: any case, spacing or width, glued to CJK particles, with Russian case
 * endings or quotes, possessives, hashtags, brackets, and the local-script forms of well-known names.
 */
class GroupNameFormsTest {

    private static Set<String> ids(String expected) {
        return expected.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | GCHQ | Officials say APT 40 ran the intrusion campaign for years. | apt40
            en | GCHQ | Officials say apt-40 ran the intrusion campaign for years. | apt40
            en | GCHQ | Officials say ＡＰＴ４０ ran the intrusion campaign for years. | apt40
            en | GCHQ | Investigators traced the break-in to APT40's tooling. | apt40
            en | GCHQ | The advisory is tagged #APT40 and #VoltTyphoon on social media. | apt40 volt-typhoon
            en | GCHQ | A Chinese state-sponsored actor (Volt Typhoon) pre-positioned itself in networks. | volt-typhoon
            en | GCHQ | Russia's military intelligence ran the hack through Fancy-Bear, officials said. | apt28
            fr | ANSSI | L'ANSSI relie l'intrusion à l'activité d'APT40 contre des ministères. | apt40
            fr | ANSSI | Les services visés par d’APT 31 ont été prévenus. | apt31
            de | BSI | Die Angriffe der Gruppe apt 28 richteten sich gegen Parteien. | apt28
            ja | 外務省 | APT40は、日本の組織を標的としたサイバー攻撃を行った。 | apt40
            ja | 外務省 | ＡＰＴ４０による攻撃が確認された。 | apt40
            zh | 外交部 | 所谓由APT40实施的网络攻击毫无根据。 | apt40
            ko | 외교부 | APT40이 호주 정부기관을 공격했다고 밝혔다. | apt40
            ko | 외교부 | 김수키가 국내 외교안보 전문가를 대상으로 해킹 공격을 벌였다. | kimsuky
            ru | МИД России | Обвинения в адрес группировки «Fancy Bear» не имеют под собой оснований. | apt28
            ru | МИД России | Западные страны приписывают атаки группировке APT28 и хакерам из Sandworm. | apt28 sandworm-team
            ru | МИД России | Так называемая хакерская группа Лазарус якобы похитила криптовалюту. | lazarus-group
            ru | МИД России | Американские власти обвинили КНДР в связях с Лазарусом и в кибератаках на биржи. | lazarus-group
            zh | 新华社 | 美方声称拉撒路黑客组织窃取了加密货币。 | lazarus-group
            ja | 警察庁 | 警察庁は、ラザルスと呼ばれるハッカー集団が暗号資産を窃取したと発表した。 | lazarus-group
            ko | 경찰청 | 라자루스 해킹조직이 가상자산 거래소를 공격했다. | lazarus-group
            ja | 外務省 | サンドワームと呼ばれるロシアのハッカー集団が電力網を攻撃した。 | sandworm-team
            ko | 외교부 | 러시아 해킹조직 샌드웜이 우크라이나 전력망을 공격했다. | sandworm-team
            zh | 外交部 | 所谓俄罗斯黑客组织沙虫攻击了乌克兰电网。 | sandworm-team
            ja | 外務省 | 中国を拠点とするサイバー攻撃グループ「ティック」が防衛関連企業を標的とした。 | bronze-butler
            zh | 新华社 | 美方指责所谓“奇幻熊”黑客组织干预选举。 | apt28
            ru | МИД России | Так называемые хакеры из «Фэнси Бэр» якобы атаковали немецкие партии. | apt28
            ja | 外務省 | 北朝鮮のハッカー集団キムスキーが外交関係者を狙ったサイバー攻撃を行った。 | kimsuky
            ko | 국가정보원 | ＡＰＴ４０이 국내 해운사를 노린 정황이 포착됐다. | apt40
            zh | 国家计算机病毒应急处理中心 | 报告显示，APT-C-39组织长期对我国关键基础设施实施网络攻击。 | longhorn
            ja | 警察庁 | ボルト・タイフーン（Volt Typhoon）は重要インフラへの侵入を続けている。 | volt-typhoon
            ru | МИД России | Вашингтон вновь обвинил Пекин в связях с группировкой «Volt Typhoon». | volt-typhoon
            ru | ФСБ России | Атаки приписывают группировкам Лазаруса и Кимсуки, действующим в интересах КНДР. | lazarus-group kimsuky
            en | GCHQ | The Sandworm-linked hackers deployed the Industroyer2 malware against substations. | sandworm-team
            en | GCHQ | Officials tied the hacking campaign to Lazarus' cryptocurrency theft unit. | lazarus-group
            de | BSI | Die Angriffe der Turla-Gruppe richteten sich gegen Außenministerien in Europa. | turla
            it | ACN | Gli attacchi dell'APT28 hanno colpito caselle di posta di parlamentari. | apt28
            es | INCIBE | Los ataques del grupo APT-29 se dirigieron contra embajadas europeas. | apt29
            nl | NCSC | De aanvallen van APT28 (ook bekend als Fancy Bear) troffen ministeries. | apt28
            """)
    void aKnownGroupIsFoundHoweverWritten(String language, String publisher, String text, String expected) {
        assertEquals(ids(expected), Outcome.groups(analyse(text, publisher, language)));
    }
}
