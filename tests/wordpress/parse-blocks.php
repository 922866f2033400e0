<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads post content on stdin and prints, as JSON, every block WordPress's
// own parser finds in it (depth first): name (null for text outside any
// block), attributes, depth and the block's own HTML.
require '/usr/share/wordpress/wp-includes/class-wp-block-parser.php';

function spill_flatten(array $blocks, int $depth, array &$out): void
{
    foreach ($blocks as $block) {
        $out[] = ['name' => $block['blockName'], 'attrs' => (object) $block['attrs'],
                  'depth' => $depth, 'html' => $block['innerHTML']];
        spill_flatten($block['innerBlocks'], $depth + 1, $out);
    }
}

$parser = new WP_Block_Parser();
$out = [];
spill_flatten($parser->parse(stream_get_contents(STDIN)), 0, $out);
echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
