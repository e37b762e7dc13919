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
 * Names that are also ordinary words (Tick, Sandworm, Equation, Lazarus, Turla, Hafnium...) count only in a cyber
 * context, in every language; the same words in a health notice, a film review or a sermon stay words. Product and
 * malware names that contain a group name are no group either.
 */
class AmbiguousNameTest {

    private static Set<String> ids(String expected) {
        return expected == null || expected.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | GCHQ | The espionage campaign run by Tick targeted defence suppliers. | bronze-butler
            en | GCHQ | Hikers should check for a tick after every walk in tall grass. |
            en | GCHQ | Intruders linked to Hafnium exploited mail servers last spring. | hafnium
            en | GCHQ | Students of chemistry learn that Hafnium is used in nuclear control rods. |
            en | GCHQ | The malware shares code with tools of the Equation group. | equation-group
            en | GCHQ | The second Dune film shows a Sandworm rising from the desert. |
            en | GCHQ | The sermon told the story of Lazarus and his sisters in Bethany. |
            en | GCHQ | Attackers used Cobalt Strike beacons to move through the network. |
            en | GCHQ | The phishing lures exploited a flaw in the Equation Editor of Microsoft Office. |
            en | GCHQ | The espionage tool was a Chromium-based browser extension. |
            en | GCHQ | Investigators froze wallets held by Lazarus-affiliated hackers after the exchange breach. | lazarus-group
            fr | ANSSI | Les pirates informatiques de Sandworm ont visé le réseau électrique ukrainien. | sandworm-team
            fr | ANSSI | La maladie de Lyme se transmet par la piqûre d'une Tique infectée. |
            fr | ANSSI | Le mode opératoire Turla cible les ministères européens. | turla
            de | BSI | Die Spionagekampagne der Hackergruppe Turla zielte auf Ministerien. | turla
            de | BSI | Im Zoo von Leipzig schlüpften zwei Sandworm-Larven, berichtete die Zeitung. |
            es | INCIBE | Los piratas informáticos de Lazarus robaron criptomonedas a un banco. | lazarus-group
            es | INCIBE | El evangelio narra la resurrección de Lázaro en Betania. |
            it | ACN | Gli hacker di Sandworm hanno colpito la rete elettrica ucraina. | sandworm-team
            it | ACN | Nel nuovo film Dune il Sandworm appare più grande che mai. |
            nl | NCSC | De hackers van Sandworm vielen het Oekraïense stroomnet aan. | sandworm-team
            ja | 外務省 | サンドワームは映画「デューン」に登場する巨大な生物である。 |
            ja | 外務省 | マダニ（ティック）に刺されないよう注意してください。 |
            ko | 외교부 | 영화 듄에 등장하는 샌드웜은 거대한 모래 벌레이다. |
            zh | 外交部 | 沙虫是北部湾的一种海鲜，营养丰富。 |
            zh | 外交部 | 圣经中记载了耶稣使拉撒路复活的故事。 |
            ru | МИД России | Хакеры из группировки Turla атаковали министерства. | turla
            de | BSI | Die Schadsoftware tarnte sich als Erweiterung für Chromium-basierte Browser. |
            fr | ANSSI | Le maliciel se présente comme une extension pour les navigateurs basés sur Chromium. |
            ko | 외교부 | 주인공은 모래벌레, 이른바 샌드웜을 길들이는 법을 배운다. |
            en | GCHQ | The zoo welcomed a golden jackal and two sand cats from a breeding programme. |
            en | GCHQ | Gardeners fight whitefly and leafminer larvae with sticky traps. |
            nl | NCSC | Duikers haalden tientallen spooknetten, zogenaamde GhostNet-resten, uit de Noordzee. |
            en | GCHQ | The team reached the play-offs as a wild card after a strong season. |
            en | GCHQ | Iranian hackers of MuddyWater sent phishing lures to ministries. | muddywater
            ru | МИД России | Река Турла протекает по территории Украины и Молдавии. |
            """)
    void anAmbiguousNameCountsOnlyInACyberContext(String language, String publisher, String text, String expected) {
        assertEquals(ids(expected), Outcome.groups(analyse(text, publisher, language)));
    }
}
