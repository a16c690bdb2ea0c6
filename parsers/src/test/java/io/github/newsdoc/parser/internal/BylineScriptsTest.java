package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.Newsdoc;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Author lines in scripts without capitals (Arabic, Hebrew, Devanagari) and in Chinese, after a label
 * with a colon, as a full-width colon too; every example line is invented.
 */
class BylineScriptsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "بقلم: أحمد الحسن|أحمد الحسن",
    "كتبت: ليلى منصور|ليلى منصور",
    "מאת: דנה כהן|דנה כהן",
    "लेखक: राहुल शर्मा|राहुल शर्मा",
    "作者：王小明|王小明",
    "Συντάκτης: Ελένη Μαρκοπούλου|Ελένη Μαρκοπούλου",
    "Tác giả: Nguyễn Văn Bình|Nguyễn Văn Bình"})
  void readsTheNameAfterTheLabel(String line, String name) {
    assertEquals(Optional.of(List.of(name)), Bylines.parse(line).map(p -> p.stream().map(Byline::name).toList()), line);
  }

  // Without a label a line of two words of those scripts is no author line: it could be a menu's or a heading's.
  @ParameterizedTest
  @ValueSource(strings = {"أحمد الحسن", "أخبار اقتصاد", "王小明", "作者", "بقلم: 8 ديسمبر",
      // "记者：" opens a Chinese interview's questions: no author label
      "记者：为什么", "記者：山田太郎",
      // after the label, a body's name: a company, a field, a ministry, an agency
      "作者：东京电力", "作者：人工智能", "بقلم: وزارة الصحة", "كتب: وكالة الأنباء"})
  void readsNoAuthorWithoutTheLabel(String line) {
    assertEquals(Optional.empty(), Bylines.parse(line), line);
  }

  // An English "By" is still read with a space only: "Byron" opens no author line.
  @Test
  void theFullWidthColonOpensNoWordForBy() {
    assertEquals(Optional.empty(), Bylines.parse("Byron Vale"));
  }

  @Test
  void anArabicPageGivesItsAuthorAndItsDate() {
    String text = "الرئيسية\nأخبار\nاقتصاد\n\nافتتاح محطة جديدة لتحلية المياه في المدينة الساحلية\n\n"
        + "بقلم: أحمد الحسن\n\nنشر في ٨ ديسمبر ٢٠٢٦، 14:30\n\n"
        + "افتتحت السلطات المحلية يوم الثلاثاء محطة جديدة لتحلية المياه تكفي حاجة أكثر من مئة ألف نسمة.\n\n"
        + "وقال مدير المشروع إن المحطة ستعمل بالطاقة الشمسية جزئيا، مما يخفض تكاليف التشغيل.\n";
    Article a = Newsdoc.parse(text);
    assertEquals("افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية", a.title());
    assertEquals(List.of("أحمد الحسن"), a.bylines().stream().map(Byline::name).toList());
    assertEquals(Optional.of("2026-12-08T14:30"), a.published().map(Object::toString));
    assertEquals(2, a.paragraphs().size());
  }
}
