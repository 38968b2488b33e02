package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ```groovy fenced blocks of a markdown file, each with the line number of its opening fence, so that a Groovy
 * line number maps back to the .md file. Other fences (```sh, ```yaml, plain ```) are skipped whole, so a ``` line
 * inside them is never taken for the start of a Groovy block.
 */
final class MarkdownGroovyBlocks {
    private static final Pattern OPENING_FENCE = Pattern.compile("^\\s*```\\s*(\\S*)\\s*$");
    private static final Pattern CLOSING_FENCE = Pattern.compile("^\\s*```\\s*$");

    private MarkdownGroovyBlocks() {
    }

    /** A block that is never closed is returned up to the end of the file; the parse then reports where it broke. */
    static List<PipelineSource> of(String file, String markdown) {
        List<PipelineSource> blocks = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        int fenceLine = 0;
        boolean groovy = false;
        StringBuilder text = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (text == null) {
                var opening = OPENING_FENCE.matcher(line);
                if (opening.matches()) {
                    fenceLine = i + 1;
                    groovy = opening.group(1).equalsIgnoreCase("groovy");
                    text = new StringBuilder();
                }
            } else if (CLOSING_FENCE.matcher(line).matches()) {
                if (groovy) {
                    blocks.add(new PipelineSource(file, fenceLine, text.toString(), false));
                }
                text = null;
            } else {
                text.append(line).append('\n');
            }
        }
        if (text != null && groovy) {
            blocks.add(new PipelineSource(file, fenceLine, text.toString(), false));
        }
        return blocks;
    }
}
