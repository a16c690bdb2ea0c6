package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.ArticleParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An author line in round brackets, as a wire signs the foot of its story; every name and sentence is invented. */
class BylineAtFootTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();

  @Test
  void anAuthorLineInBracketsReadsAsTheSameLineWithout() {
    assertEquals(Optional.of(List.of("Lin Yu-ting", "Kuo Chia-wei")),
        Bylines.parse("(By Lin Yu-ting and Kuo Chia-wei)").map(p -> p.stream().map(Byline::name).toList()));
    assertEquals(Optional.empty(), Bylines.parse("(By the way, the ferry was late)"));
    assertEquals(Optional.empty(), Bylines.parse("(Byron Vale)"));
    assertEquals(Optional.empty(), Bylines.parse("(By Sunday)"));
    assertEquals(Optional.empty(), Bylines.parse("(By Ana Ruiz) and (Jo Park)"));
  }

  @Test
  void aWiresFootSignatureIsTheArticlesByline() {
    String text = "Harbour board backs second ferry to the island\n\n"
        + "PORT ELLIS, Dec. 2 (Wire) The harbour board voted on Tuesday to fund a second ferry crossing to the island, "
        + "ending a dispute that had divided the town since the spring.\n\n"
        + "Councillors approved the plan by seven votes to four after a session that ran past midnight.\n\n"
        + "(By Lena Ortt and Marco Vidal)\n";
    Article a = PARSER.parse(text);
    assertEquals(List.of("Lena Ortt", "Marco Vidal"), a.bylines().stream().map(Byline::name).toList());
    assertEquals(2, a.paragraphs().size());
  }
}
