package org.demarche.analysis.group;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.demarche.analysis.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A group the gazetteer lacks, introduced by the text ("a group known as X"), in every language. */
class NewGroupNameTest {

    /** "Name;Other Name" for new groups, "id:apt28" for a gazetteer group. */
    private static Set<String> names(String expected) {
        return expected == null || expected.isBlank() ? Set.of()
                : new TreeSet<>(Arrays.stream(expected.split(";")).map(String::strip)
                        .map(n -> n.startsWith("id:") ? n.substring(3) : "?" + n).toList());
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | GCHQ | The ministry blamed a hacking group known as Amber Lantern for the breach. | Amber Lantern
            en | GCHQ | The intrusions were the work of an actor dubbed "Velvet Marmot" by investigators. | Velvet Marmot
            en | GCHQ | Researchers track the cluster as Glass Heron and link it to the ministry of state security. | Glass Heron
            en | GCHQ | The group, known as Frost Weaver, targeted water utilities. | Frost Weaver
            fr | ANSSI | L'intrusion est l'œuvre d'un groupe de pirates que l'on appelle Brume Rouge. | Brume Rouge
            fr | ANSSI | Un groupe baptisé « Aigle Gris » a visé des hôpitaux. | Aigle Gris
            de | BSI | Hinter den Angriffen steckt eine Gruppe, die unter dem Namen Kupferfuchs bekannt ist. | Kupferfuchs
            de | BSI | Die Hackergruppe, bekannt als „Silberreiher“, griff Behörden an. | Silberreiher
            es | INCIBE | El ataque fue obra de un grupo conocido como Lobo Cobrizo, según el ministerio. | Lobo Cobrizo
            it | ACN | L'attacco è stato condotto da un gruppo noto come Volpe Argentata. | Volpe Argentata
            nl | NCSC | De aanval werd uitgevoerd door een groep bekend als Zilverreiger. | Zilverreiger
            ja | 警察庁 | 「Jade Lantern」として知られるハッカー集団が攻撃を行った。 | Jade Lantern
            ko | 경찰청 | 실버폭스(SilverMoth)로 알려진 해킹조직이 공격을 감행했다. | SilverMoth
            zh | 外交部 | 一个被称为“Iron Lantern”的黑客组织发动了攻击。 | Iron Lantern
            ru | МИД России | Атаку провела группировка, известная как Amber Lantern. | Amber Lantern
            en | GCHQ | The hackers, a group called "Copper Lantern" by the ministry, stole files. | Copper Lantern
            fr | ANSSI | Le groupe de pirates baptisé « Iron Lantern » a visé des ministères. | Iron Lantern
            ru | МИД России | Ответственность возложили на хакерскую группировку «Серый Волк». | Серый Волк
            fr | ANSSI | Un groupe d'attaquants, que les analystes appellent « Brume d'Automne », a visé des mairies. | Brume d'Automne
            es | INCIBE | Los ataques los lanzó un grupo conocido como Lobo del Mar desde servidores alquilados. | Lobo del Mar
            en | GCHQ | The intrusions came from the threat actor Microsoft tracks as Storm-2077, officials said. | id:storm-2077
            en | GCHQ | The ministry linked the espionage to a group tracked by Mandiant as UNC6123. | UNC6123
            en | GCHQ | The hacking group CrowdStrike calls Rusty Panda targeted telecom firms. | Rusty Panda
            de | BSI | Die Hackergruppe Mandiant zufolge heißt Rostfuchs und griff Behörden an. |
            fr | ANSSI | Le groupe de pirates Microsoft a suivi pendant des mois a visé des ministères. |
            en | GCHQ | Sanctions were imposed on affiliates who deployed LockBit against hospitals and schools. | LockBit
            de | BSI | Hinter dem Angriff auf die Stadtverwaltung steckt nach Angaben der Ermittler die Bande Black Basta. | Black Basta
            fr | ANSSI | Les autorités attribuent l'attaque contre l'hôpital à Sodinokibi, un rançongiciel opéré comme un service. | REvil
            en | GCHQ | Beekeepers moved every Hive to the orchard before the spring bloom. |
            en | GCHQ | The hospital outage was caused by affiliates of Hive, a ransomware service. | Hive
            en | GCHQ | CERT-UA linked the phishing wave to UAC-0999 and the espionage cluster UNC9876. | UAC-0999;UNC9876
            zh | 外交部 | 微软将该活动命名为Storm-9911并称其与伊朗有关。 | Storm-9911
            en | GCHQ | Alert TA17-164A describes a botnet, and the cyber advisory AA23-025A its servers. |
            en | GCHQ | The TA1 table lists DEV-boards, UNCLOS rules and a Storm 2035 forecast. |
            en | GCHQ | The ministry said the group known as the Ministry of Defence was not involved. |
            en | GCHQ | A hacking group known as the culprits stole data. |
            """)
    void anIntroducedNameIsANewGroup(String language, String publisher, String text, String expected) {
        assertEquals(names(expected), Outcome.groups(analyse(text, publisher, language)));
    }
}
