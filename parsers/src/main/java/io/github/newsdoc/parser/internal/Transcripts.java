package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The transcript a page prints under its video or audio player: a toggle of the player's ('Transcript', 'Show
 * transcript', 'Video transcript'), then the lines of the recording, each opening with who speaks ('TOM HADLEIGH:',
 * 'Dr. Nadia Pereira:', '[ANCHOR]') or a sound in brackets ('[Sound of boat engine]'), then perhaps a toggle that
 * closes it ('Hide transcript'). The toggle and the lines under it are the player's, not the article's text: at
 * least two spoken lines, one right after the other, up to the first line that opens with no speaker. The toggle
 * names the control or the medium ('Show', 'Video'), or stands right under the player's running time or controls;
 * a bare 'Transcript' or 'Hearing transcript' over dialogue is a heading of the article's, which publishes that
 * transcript, and a transcript word in a sentence ('Read the full transcript below:') is no toggle. Not read in
 * canonical text.
 * Linear in the lines.
 */
final class Transcripts {
  /** The rule of a line of a player's transcript. */
  static final String RULE = "player:transcript";
  // A toggle has at most this many words.
  private static final int TOGGLE_WORDS = 3;
  // A transcript holds at least this many spoken lines.
  private static final int MIN_SPOKEN = 2;
  // Who speaks, before a colon at the line's start: one to six words, each opening with a capital (a role after a
  // comma allowed: 'CLARA OYELARAN, ALDER DESIGN DIRECTOR:'); or a label or sound in brackets. Bounded: linear.
  private static final Pattern SPEAKER = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]{0,30}(?:,? \\p{Lu}[\\p{L}\\p{M}.'’-]{0,30}){0,5}: \\S"
          + "|\\[[^\\[\\]]{1,40}\\]).*");

  // The words of a player's toggle beside 'transcript': a verb of the control or the medium ('Show transcript',
  // 'Video transcript', 'Transkript anzeigen'). A bare 'Transcript' is a toggle only under the player's own lines.
  private static final java.util.Set<String> CUES = java.util.Set.of("show", "hide", "view", "open", "close",
      "expand", "collapse", "toggle", "video", "audio", "full", "watch", "listen", "read", "see", "afficher",
      "masquer", "voir", "mostrar", "ocultar", "ver", "anzeigen", "ausblenden", "vis", "skjul", "visa", "dölj");
  // A line of the player's over a bare toggle: its running time, or one of its controls.
  private static final Pattern PLAYER = Pattern.compile(
      "(?i)(?:\\d{1,2}:)?\\d{1,2}:\\d{2}|cc|captions|subtitles|full ?screen|now playing|play|pause|mute|watch|listen");
  // A bare toggle stands at most this many lines under a line of the player's.
  private static final int UNDER_PLAYER = 3;

  private Transcripts() {}

  /** Marks each player's transcript, with its toggles, as the page's. */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (!open(roles, i) || !toggle(lines.get(i).text()) || !cued(lines.get(i).text()) && !underPlayer(lines, i)) {
        continue; // a heading of the article's ('Transcript', 'Hearing transcript') over the dialogue it prints
      }
      int k = i + 1;
      while (k < n && open(roles, k) && toggle(lines.get(k).text())) {
        k++; // 'Video transcript' over 'Show transcript'
      }
      int spoken = k;
      while (spoken < n && open(roles, spoken) && SPEAKER.matcher(lines.get(spoken).text()).matches()) {
        spoken++;
      }
      if (spoken - k < MIN_SPOKEN) {
        continue;
      }
      int end = spoken < n && open(roles, spoken) && toggle(lines.get(spoken).text()) ? spoken + 1 : spoken;
      for (int m = i; m < end; m++) {
        roles[m] = LineRole.BOILERPLATE;
        rules[m] = RULE;
      }
      i = end - 1;
    }
  }

  // Whether a toggle names the control or the medium beside its transcript word.
  private static boolean cued(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split(" ")) {
      if (CUES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // Whether a line of the player's (its running time, a control) stands right over line i, within a few lines.
  private static boolean underPlayer(List<Line> lines, int i) {
    for (int k = i - 1; k >= 0 && k >= i - UNDER_PLAYER; k--) {
      if (PLAYER.matcher(lines.get(k).text()).matches()) {
        return true;
      }
    }
    return false;
  }

  // A line no reader claimed yet.
  private static boolean open(LineRole[] roles, int k) {
    return roles[k] == null;
  }

  // A player's toggle: at most three words, one of them a transcript's ('transcript', 'transcription',
  // 'Transkript', 'transcripción'), and no sentence.
  static boolean toggle(String text) {
    if (Text.moreWordsThan(text, TOGGLE_WORDS) || Text.endsSentence(text) || text.endsWith(":")) {
      return false;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split(" ")) {
      if (w.startsWith("transcri") || w.startsWith("transkri")) {
        return true;
      }
    }
    return false;
  }
}
