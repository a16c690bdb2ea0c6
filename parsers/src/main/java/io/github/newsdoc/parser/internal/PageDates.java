package io.github.newsdoc.parser.internal;

import com.google.common.base.Suppliers;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page as a whole says of its dates, asked by {@link PublishedDates} only when a date line needs it: the
 * year the page was printed in ({@link #year}, from its copyright notice; 0 when unknown), for a date without a
 * year, and the order its dates in figures are written in ({@link #figureOrder}), for a date in figures that
 * either order allows ({@code 12/02/2026}) on a page that prints others only one order allows ({@code 11/28/2026}
 * is month first). Each is worked out once, on its first question.
 */
final class PageDates {
  /** A page's dates in figures are written month first ({@code 11/28/2026}). */
  static final int MONTH_FIRST = 1;
  /** A page's dates in figures are written day first ({@code 28/11/2026}). */
  static final int DAY_FIRST = -1;
  /** A text that says nothing of its dates: no year, no order. */
  static final PageDates NONE = ofYear(0);

  // the year of a copyright notice: the last of a range
  private static final Pattern COPYRIGHT_YEAR = Pattern.compile(
      "(?:©|\\([cC]\\)|[cC]opyright)\\s*(?:[12]\\d{3}\\s*[-–]\\s*)?([12]\\d{3})\\b");
  // a date in figures with slashes and a year of four figures (a score or a statistic, '24/11/10', is none), not
  // inside a longer run of figures and slashes
  private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(?:19|20)\\d{2}(?![\\d/])");

  private final Supplier<Integer> year;
  private final Supplier<Integer> order;

  private PageDates(Supplier<Integer> year, Supplier<Integer> order) {
    this.year = year;
    this.order = order;
  }

  /** The page of {@code lines}. */
  static PageDates of(List<Line> lines) {
    return new PageDates(Suppliers.memoize(() -> copyrightYear(lines)), Suppliers.memoize(() -> order(lines)));
  }

  /** A page printed in {@code year} (0: unknown) whose dates in figures say no order. */
  static PageDates ofYear(int year) {
    return new PageDates(() -> year, () -> 0);
  }

  /** The year the page was printed in, or 0. */
  int year() {
    return year.get();
  }

  /** {@link #MONTH_FIRST}, {@link #DAY_FIRST}, or 0 when the page's dates in figures do not say, or disagree. */
  int figureOrder() {
    return order.get();
  }

  /**
   * The year a text was printed in, from its copyright notice ({@code © 2019 Site}, {@code Copyright
   * 2005-2019}; the last year of a range), or 0 when it has none.
   */
  static int copyrightYear(List<Line> lines) {
    for (Line line : lines) {
      String text = line.text();
      if (text.indexOf('©') < 0 && !text.contains("opyright") && !text.contains("(c)") && !text.contains("(C)")) {
        continue;
      }
      Matcher m = COPYRIGHT_YEAR.matcher(text);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  // The order of the dates in figures with slashes that the lines print, as figureOrder gives it.
  static int order(List<Line> lines) {
    Matcher m = DATE.matcher("");
    boolean monthFirst = false;
    boolean dayFirst = false;
    for (Line line : lines) {
      String text = line.text();
      if (text.indexOf('/') < 0) {
        continue;
      }
      m.reset(text);
      while (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        monthFirst |= b > 12 && a <= 12;
        dayFirst |= a > 12 && b <= 12;
      }
    }
    return monthFirst == dayFirst ? 0 : monthFirst ? MONTH_FIRST : DAY_FIRST;
  }
}
