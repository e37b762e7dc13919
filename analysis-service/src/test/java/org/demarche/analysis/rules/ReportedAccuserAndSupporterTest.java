package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * The author of a rejected accusation named after the denial word ("голословные обвинения Лондона"), states named as
 * the supporters an attack punishes ("chi sostiene la Moldavia", "supporters of Ukraine"), and the open question of
 * who is behind an attack ("Wer hinter … steckt", "Wie achter … zit").
 */
class ReportedAccuserAndSupporterTest {

    @Test
    void theActorAfterAnAccusationNounAccusesAndTheSpeakerRejects() {
        StatementAnalyzed ru = analyse("Считаем безосновательными обвинения Лондона, который возложил на ГРУ "
                + "ответственность за атаки группировки APT28 на британские СМИ.",
                "Министерство иностранных дел Российской Федерации", "ru");
        assertEquals(Set.of("GB>apt28>RU:REPORTED"), Outcome.attributions(ru));
        assertEquals(Set.of("RU>apt28"), Outcome.denials(ru));

        StatementAnalyzed en = analyse("These are baseless accusations by London, which has blamed the GRU for "
                + "the APT28 intrusions into British media.", "Ministry of Foreign Affairs of the Russian Federation", "en");
        assertEquals(Set.of("GB>apt28>RU:REPORTED"), Outcome.attributions(en));
        assertEquals(Set.of("RU>apt28"), Outcome.denials(en));
    }

    @Test
    void aStateWhoseSupportersAreAttackedIsNeitherTargetNorSponsor() {
        StatementAnalyzed it = analyse("L'Italia condanna le azioni del collettivo NoName057(16), che intendono "
                + "punire chi sostiene la Moldavia.", "Ministero degli Affari Esteri", "it");
        assertEquals(Set.of("IT>null"), Outcome.condemnations(it));

        StatementAnalyzed en = analyse("The United Kingdom condemns the DDoS attacks by NoName057(16), which aim "
                + "to intimidate supporters of Ukraine.", "Foreign, Commonwealth & Development Office", "en");
        assertEquals(Set.of("GB>null"), Outcome.condemnations(en));

        StatementAnalyzed support = analyse("Secondo l'Agenzia, le incursioni sono riconducibili al collettivo "
                + "NoName057(16), che le ha giustificate con il sostegno europeo all'Estonia.",
                "Ministero degli Affari Esteri", "it");
        assertEquals(Set.of("IT>noname057-16>null:OWN"), Outcome.attributions(support));
    }

    @Test
    void whoIsBehindAnAttackLeftOpenIsNoAttribution() {
        StatementAnalyzed de = analyse("Wer hinter der Kampagne der Gruppe APT28 steckt, ließ das Auswärtige Amt "
                + "offen.", "Auswärtiges Amt", "de");
        assertEquals(Set.of(), Outcome.attributions(de));

        StatementAnalyzed nl = analyse("Wie achter de aanvallen van de groep APT29 zit, laat het kabinet in het "
                + "midden.", "Ministerie van Buitenlandse Zaken", "nl");
        assertEquals(Set.of(), Outcome.attributions(nl));
    }
}
