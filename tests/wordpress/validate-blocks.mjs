// SPDX-License-Identifier: GPL-3.0-or-later
// Opens post content the way WordPress 6.1's block editor does: its own
// scripts (the wordpress package's wp-includes/js/dist, loaded in the order
// of their dependencies) run in Debian's Chromium, parse each file and
// validate every block against what that block's save() would write.
// Prints, as JSON, for each file the blocks found (depth first: name,
// valid, depth and the validator's complaints) and the content as the
// editor would save it back unchanged.
//
//   node validate-blocks.mjs SOURCE_DIR TOOLS_DIR CMAKE FILE...
//
// Exit code 0 when it ran (whatever it found), 1 on an error, 77 skipped
// (playwright-core could not be installed from npm).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

const [sourceDir, toolsDir, cmake, ...files] = process.argv.slice(2);
const wpIncludes = '/usr/share/wordpress/wp-includes';

const install = spawnSync(cmake, [`-DSOURCE=${sourceDir}/tests/tools`, `-DDESTINATION=${toolsDir}`,
                                  '-P', `${sourceDir}/tests/tools/install.cmake`],
                          {encoding: 'utf8'});
let chromium;
try {
    ({chromium} = createRequire(path.join(toolsDir, 'package.json'))('playwright-core'));
} catch (error) {
    console.error(`${install.stdout}${install.stderr}playwright-core is not installed ` +
                  `(${error.code}): skipped`);
    process.exit(77);
}

// The scripts the block library needs, dependencies first, as WordPress's
// script loader lists them.
const listing = spawnSync('php', ['-r', `echo json_encode(include '${wpIncludes}/assets/script-loader-packages.php');`],
                          {encoding: 'utf8'});
if (listing.status !== 0)
    throw new Error(`php could not read the script list: ${listing.stderr}`);
const packages = JSON.parse(listing.stdout);
const vendor = new Set(['lodash', 'react', 'react-dom', 'moment', 'regenerator-runtime', 'wp-polyfill']);
const order = [];
const seen = new Set();
const visit = (handle) => {
    if (seen.has(handle))
        return;
    seen.add(handle);
    const entry = handle.startsWith('wp-') ? packages[`${handle.slice(3)}.js`] : undefined;
    for (const dependency of entry?.dependencies ?? [])
        visit(dependency);
    if (vendor.has(handle))
        order.push(`vendor/${handle}.js`);
    else if (entry)
        order.push(`${handle.slice(3)}.js`);
    else
        throw new Error(`no script for ${handle}`);
};
visit('wp-block-library');
const scripts = order.map((file) => {
    const tag = `<script src="file://${wpIncludes}/js/dist/${file}"></script>`;
    // As WordPress prints it: lodash under its own name, `_` left alone.
    return file === 'vendor/lodash.js' ? `${tag}<script>window.lodash = _.noConflict();</script>`
                                       : tag;
});
const pagePath = path.join(toolsDir, 'wordpress-block-editor.html');
fs.writeFileSync(pagePath, `<!DOCTYPE html><html><head><meta charset="utf-8">${scripts.join('\n')}` +
                           '</head><body></body></html>');

const browser = await chromium.launch({executablePath: '/usr/bin/chromium',
                                       args: ['--allow-file-access-from-files']});
try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`file://${pagePath}`);
    if (errors.length)
        throw new Error(`the editor's scripts failed: ${errors.join('; ')}`);
    await page.evaluate(() => window.wp.blockLibrary.registerCoreBlocks());
    const out = [];
    for (const file of files) {
        const content = fs.readFileSync(file, 'utf8');
        out.push(await page.evaluate((text) => {
            const found = [];
            const walk = (blocks, depth) => {
                for (const block of blocks) {
                    found.push({name: block.name, valid: block.isValid, depth,
                                issues: (block.validationIssues ?? []).map(
                                    (issue) => issue.args.filter((arg) => typeof arg === 'string')
                                                   .map((arg) => arg.slice(0, 400)).join(' | '))});
                    walk(block.innerBlocks, depth + 1);
                }
            };
            const blocks = window.wp.blocks.parse(text);
            walk(blocks, 0);
            // What the editor writes back when the post is saved unchanged.
            return {blocks: found, saved: window.wp.blocks.serialize(blocks)};
        }, content));
    }
    console.log(JSON.stringify(out));
} finally {
    await browser.close();
}
