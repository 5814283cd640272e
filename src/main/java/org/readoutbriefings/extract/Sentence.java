package org.readoutbriefings.extract;

/**
 * One sentence (or bullet, or heading) of a readout's text.
 *
 * @param paragraph  index of its paragraph, from 0
 * @param heading    a short line without closing punctuation, such as "Japan-US ties"
 * @param background it stands under a background heading ("... ties", "Background"), so it describes
 *                   history, not the meeting
 * @param listItem   an item of a bulleted or numbered list (its marker taken off)
 */
public record Sentence(String text, int paragraph, boolean heading, boolean background, boolean listItem) {
}
