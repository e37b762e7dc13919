package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * "중국 외교부는 베트남 정부가 … 침투했다고 밝힌 데 대해 … 반박했다": the state before a nested "…다고 밝힌/발표한 데(것에) 대해"
 * clause made the accusation the main clause answers; it attributes, it is not held responsible.
 */
class KoreanAccusationClauseTest {

    @Test
    void theSubjectOfANestedAnnouncementClauseIsTheAccuser() {
        StatementAnalyzed ko = analyse("중국 외교부 \"베트남 해킹 주장, 사실무근\"\n\n중국 외교부는 베트남 정부가 중국 해킹조직 APT40이 "
                + "베트남 정부기관 전산망에 침투했다고 밝힌 데 대해 \"근거 없는 비방\"이라고 12일 반박했다.", "경향신문", "ko");
        assertEquals("CN", ko.speaker().code());
        assertEquals(Set.of("VN>apt40>CN:REPORTED"), Outcome.attributions(ko));
    }
}
