package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages whose sentences end with the full stops of other scripts (the Devanagari danda); every text is invented. */
class OtherScriptsPageTest {
  private static final String HINDI_PROSE = "नगर निगम ने मंगलवार को शहर के पुराने पुस्तकालय को बंद करने का फैसला किया, "
      + "जिसके बाद कई पाठकों ने नाराजगी जताई और नए भवन की मांग की।";

  @Test
  void aLongLineEndingWithTheDandaIsProseAndNoHeadline() {
    assertTrue(LineMeasures.isProse(HINDI_PROSE));
    assertFalse(Headlines.isHeadline("पुस्तकालय के बाहर कतार में लगे पाठक।"));
    assertTrue(Headlines.isHeadline("पुस्तकालय के बाहर कतार में लगे पाठक"));
  }

  @Test
  void aHindiPageKeepsItsParagraphsAndReadsItsDate() {
    String text = "होम\nदेश\nराज्य\nखेल\n\nपुराने पुस्तकालय पर ताला, पाठकों ने नए भवन की मांग उठाई\n\n"
        + "प्रकाशित: मंगल, 08 दिसंबर 2026 08:40 AM\n\n" + HINDI_PROSE + "\n\n"
        + "पुस्तकालय में करीब चालीस हजार किताबें हैं, जिन्हें अब पास के स्कूल के एक कमरे में रखा जाएगा "
        + "और वहीं से पाठकों को दी जाएंगी।\n\n"
        + "अधिकारियों ने कहा कि नए भवन का काम अगले साल शुरू होगा और दो साल में पूरा हो जाएगा, "
        + "लेकिन इसके लिए बजट अभी तय नहीं हुआ है।\n";
    Article a = Newsdoc.parse(text);
    assertEquals("पुराने पुस्तकालय पर ताला, पाठकों ने नए भवन की मांग उठाई", a.title());
    assertEquals(Optional.of("2026-12-08T08:40"), a.published().map(Object::toString));
    assertEquals(3, a.paragraphs().size());
  }
}
