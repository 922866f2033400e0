// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in themes in a real browser: stories with photos and a clip are
// imported with the real `spill` binary, exported as html and html-single
// with each theme, and every page is opened in Debian's Chromium at a phone
// and a desktop width, light and dark. A page fails when a photo, a clip,
// its poster or a heading is missing or invisible, when it is wider than a
// phone, or when dark mode leaves its background unchanged. Full-page
// screenshots are kept in SHOTS for people to look at.
//
// Usage: node themes.mjs SPILL SOURCE_DIR TOOLS_DIR SHOTS CMAKE
// Exit code 0 all pages passed, 1 a page failed, 77 skipped (playwright-core
// could not be installed from npm).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';

const [spill, sourceDir, toolsDir, shotsDir, cmake] = process.argv.slice(2);
if (!cmake) {
    console.error('usage: node themes.mjs SPILL SOURCE_DIR TOOLS_DIR SHOTS CMAKE');
    process.exit(2);
}
const chromiumPath = '/usr/bin/chromium';
const themes = ['kitchen', 'clean'];
const formats = ['html', 'html-single'];
const sizes = [{width: 375, height: 812}, {width: 1280, height: 900}];
const schemes = ['light', 'dark'];
const clipSuffixes = ['.mp4', '.m4v', '.mov', '.webm'];

// Stops the test; the temporary folder and the browser are still cleaned up.
class TestFailure extends Error {}
function fail(message) {
    throw new TestFailure(message);
}

function run(program, args, options = {}) {
    const result = spawnSync(program, args, {encoding: 'utf8', maxBuffer: 64 << 20, ...options});
    if (result.error || result.status !== 0) {
        fail(`${program} ${args.join(' ')} failed (${result.error ?? 'exit ' + result.status}):\n` +
             `${result.stdout ?? ''}${result.stderr ?? ''}`);
    }
    return result;
}

// playwright-core is pinned by tests/tools/package-lock.json, like
// html-validate; without npm's registry the test is skipped and says so.
function loadPlaywright() {
    const install = run(cmake, [`-DSOURCE=${sourceDir}/tests/tools`, `-DDESTINATION=${toolsDir}`,
                                '-P', `${sourceDir}/tests/tools/install.cmake`]);
    const require = createRequire(path.join(toolsDir, 'package.json'));
    try {
        return require('playwright-core');
    } catch (error) {
        console.log(`${install.stdout}${install.stderr}` +
                    `playwright-core is not installed (${error.code}): skipped`);
        process.exit(77);
    }
}

// A story folder as a creator has it: the JSON beside its media.
function layStory(dir, json, media) {
    fs.mkdirSync(path.join(dir, 'media'), {recursive: true});
    fs.copyFileSync(json, path.join(dir, 'story.json'));
    for (const [name, from] of Object.entries(media))
        fs.copyFileSync(from, path.join(dir, 'media', name));
    return path.join(dir, 'story.json');
}

function makeClip(file) {
    // Three seconds of moving test picture with sound, H.264 and AAC in MP4
    // as phones record them.
    run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i',
                   'testsrc2=size=640x360:rate=25:duration=3', '-f', 'lavfi', '-i',
                   'sine=frequency=440:duration=3', '-c:v', 'libx264', '-preset', 'ultrafast',
                   '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file]);
}

// What each page must show, from the story file it came from.
function expectations(jsonFile) {
    const story = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    const headings = story.headings ?? {};
    const beats = Object.entries(story.beats).filter(
        ([key, text]) => text.trim() !== '' && headings[key] !== null);
    const clips = story.media.filter(
        m => clipSuffixes.some(suffix => m.file.toLowerCase().endsWith(suffix)));
    return {
        slug: story.slug,
        headings: beats.length,
        photos: story.media.length - clips.length,
        clips: clips.length,
    };
}

function spillEnv(home) {
    const env = {...process.env, HOME: home, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB'};
    for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'LC_ALL', 'LC_MESSAGES'])
        delete env[name];
    env.XDG_DATA_HOME = path.join(home, 'data');
    env.XDG_CONFIG_HOME = path.join(home, 'config');
    env.XDG_CACHE_HOME = path.join(home, 'cache');
    return env;
}

const contentTypes = {
    '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif',
    '.svg': 'image/svg+xml', '.mp4': 'video/mp4', '.m4v': 'video/mp4',
    '.mov': 'video/quicktime', '.webm': 'video/webm', '.json': 'application/json',
};

// Pages are served over loopback HTTP, as a blog serves them: file: URLs
// cannot be fetched, and clips need range requests.
function serve(root) {
    const server = http.createServer((request, response) => {
        const name = decodeURIComponent(new URL(request.url, 'http://x').pathname);
        const file = path.join(root, path.normalize(name));
        if (!file.startsWith(root + path.sep) || !fs.existsSync(file) ||
            !fs.statSync(file).isFile()) {
            response.writeHead(404).end();
            return;
        }
        const size = fs.statSync(file).size;
        const headers = {
            'Content-Type': contentTypes[path.extname(file).toLowerCase()] ??
                'application/octet-stream',
            'Accept-Ranges': 'bytes',
        };
        const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
        if (range && size > 0) {
            const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
            const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1)
                                                           : size - 1;
            if (start > end || start >= size) {
                response.writeHead(416, {'Content-Range': `bytes */${size}`}).end();
                return;
            }
            response.writeHead(206, {...headers, 'Content-Range': `bytes ${start}-${end}/${size}`,
                                     'Content-Length': end - start + 1});
            fs.createReadStream(file, {start, end}).pipe(response);
            return;
        }
        response.writeHead(200, {...headers, 'Content-Length': size});
        fs.createReadStream(file).pipe(response);
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Runs inside the page: everything a reader must see, as a list of problems.
async function inspectPage(expected) {
    const problems = [];
    const short = url => (url.startsWith('data:') ? url.slice(0, url.indexOf(',')) + ',…'
                                                  : url.slice(url.lastIndexOf('/') + 1));
    const visible = element => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
    };
    const settle = (target, events) => new Promise(resolve => {
        for (const event of events) target.addEventListener(event, resolve, {once: true});
        setTimeout(resolve, 15000);
    });
    const loadImage = async url => {
        const image = new Image();
        image.src = url;
        try {
            await image.decode();
        } catch {
            // naturalWidth stays 0
        }
        return image.naturalWidth > 0;
    };

    // Photos (and posters shown as photos). They load lazily, as a reader
    // scrolls to them.
    let loaded = 0;
    for (const img of document.images) {
        img.scrollIntoView({block: 'center'});
        if (!img.complete)
            await settle(img, ['load', 'error']);
        try {
            // Decoded before the screenshot, which would otherwise catch
            // an async-decoded photo before its first paint.
            await img.decode();
        } catch {
            // a broken image: reported below
        }
        const name = `image ${short(img.currentSrc || img.src)} (alt "${img.alt}")`;
        if (!(img.complete && img.naturalWidth > 0))
            problems.push(`${name} did not load`);
        else if (!visible(img))
            problems.push(`${name} is not visible`);
        else
            ++loaded;
    }

    // Clips: a playable <video> with its poster, or (in html-single, for a
    // clip too large to embed) the poster as a photo with a visible note.
    const videos = [...document.querySelectorAll('video')];
    for (const video of videos) {
        const sources = [...video.querySelectorAll('source')].map(source => source.src);
        if (video.getAttribute('src'))
            sources.push(video.src);
        const name = `clip ${sources.map(short).join(' ') || '(no source)'}`;
        if (sources.length === 0)
            problems.push(`${name} has no source`);
        for (const source of sources) {
            try {
                const response = await fetch(source);
                const bytes = (await response.blob()).size;
                if (!response.ok || bytes === 0)
                    problems.push(`${name}: its source answered ${response.status}, ` +
                                  `${bytes} bytes`);
            } catch (error) {
                problems.push(`${name}: its source cannot be fetched (${error})`);
            }
        }
        video.scrollIntoView({block: 'center'});
        if (video.readyState < 1)
            await settle(video, ['loadedmetadata', 'error']);
        if (video.readyState < 1)
            problems.push(`${name} does not play (${video.error?.message ?? 'no metadata'})`);
        if (!video.poster)
            problems.push(`${name} has no poster`);
        else if (!(await loadImage(video.poster)))
            problems.push(`${name}: its poster ${short(video.poster)} did not load`);
        if (!visible(video))
            problems.push(`${name} is not visible`);
    }
    const posterOnly = [...document.querySelectorAll('figure')].filter(
        figure => !figure.querySelector('video') &&
            [...figure.querySelectorAll('img')].some(img => img.naturalWidth > 0) &&
            [...figure.querySelectorAll('p')].some(
                p => !p.closest('figcaption') && p.textContent.trim() !== '' && visible(p)));
    if (videos.length + posterOnly.length < expected.clips) {
        problems.push(`expected ${expected.clips} clip(s), as a <video> or as a poster with a ` +
                      `visible note; found ${videos.length} <video> and ${posterOnly.length} ` +
                      'poster(s) with a note');
    }
    if (loaded - posterOnly.length < expected.photos)
        problems.push(`expected ${expected.photos} photo(s), found ${loaded - posterOnly.length}`);

    // Headings: the title and one heading per beat the story has text for.
    const h1 = [...document.querySelectorAll('h1')];
    if (h1.length === 0)
        problems.push('the title (h1) is missing');
    for (const heading of h1) {
        if (heading.textContent.trim() === '' || !visible(heading))
            problems.push(`the title (h1) "${heading.textContent.trim()}" is not visible`);
    }
    const h2 = [...document.querySelectorAll('h2')];
    for (const heading of h2) {
        if (heading.textContent.trim() === '' || !visible(heading))
            problems.push(`the heading (h2) "${heading.textContent.trim()}" is not visible`);
    }
    if (h2.length < expected.headings)
        problems.push(`expected ${expected.headings} section headings (h2), found ${h2.length}`);

    // Nothing wider than the window: a phone would scroll sideways.
    const width = document.documentElement.scrollWidth;
    if (width > window.innerWidth) {
        // The innermost elements that stick out or whose text does.
        const sticksOut = element => element.getBoundingClientRect().right >
                window.innerWidth + 0.5 ||
            (element.scrollWidth > element.clientWidth + 1 &&
             getComputedStyle(element).overflowX === 'visible');
        const outside = [...document.body.querySelectorAll('*')].filter(sticksOut);
        const wide = outside.filter(element => !outside.some(
                                        other => other !== element && element.contains(other)))
                         .slice(0, 3)
                         .map(element => element.tagName.toLowerCase() +
                                  (element.className ? '.' + element.className : '') + ' "' +
                                  element.textContent.replace(/\s+/g, ' ').trim().slice(0, 30) +
                                  '"');
        problems.push(`the page is ${width} px wide in a ${window.innerWidth} px window ` +
                      `(too wide: ${wide.join(', ')})`);
    }
    window.scrollTo(0, 0);
    return {problems, background: getComputedStyle(document.body).backgroundColor};
}

async function main() {
    const {chromium} = loadPlaywright();
    if (!fs.existsSync(chromiumPath))
        fail(`${chromiumPath} is missing: install Debian's chromium ` +
             '(packaging/debian-packages.txt)');

    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'spill-browser-'));
    try {
        const sample = path.join(sourceDir, 'resources/samples/souffle');
        const stories = [
            layStory(path.join(temp, 'sample'), path.join(sample, 'story.json'), {
                'dream.jpg': path.join(sample, 'media/dream.jpg'),
                'reality.jpg': path.join(sample, 'media/reality.jpg'),
            }),
            layStory(path.join(temp, 'clip'),
                     path.join(sourceDir, 'tests/data/browser/clip-story.json'), {
                         'dream.jpg': path.join(sample, 'media/dream.jpg'),
                         'result.jpg': path.join(sample, 'media/reality.jpg'),
                     }),
        ];
        makeClip(path.join(temp, 'clip/media/collapse.mp4'));

        const env = spillEnv(path.join(temp, 'home'));
        const library = path.join(temp, 'library');
        const imported = run(spill, ['--library', library, 'import', ...stories], {env});
        const slugs = imported.stdout.trim().split('\n').map(line => line.split('\t')[0]);
        if (slugs.length !== stories.length)
            fail(`spill import gave ${slugs.length} stories:\n` +
                 `${imported.stdout}${imported.stderr}`);
        // The imported slug may differ from the file's; expectations follow
        // the import order.
        const expected = new Map(slugs.map((slug, i) => [slug, expectations(stories[i])]));

        const pages = [];
        for (const theme of themes) {
            for (const format of formats) {
                const out = path.join(temp, 'out', `${theme}-${format}`);
                const exported = run(spill, ['--library', library, 'export', '--format', format,
                                             '--theme', theme, '--out', out, ...slugs],
                                     {env});
                if (exported.stderr.trim() !== '')
                    console.log(`spill export ${theme} ${format}:\n${exported.stderr.trim()}`);
                for (const line of exported.stdout.trim().split('\n')) {
                    if (!line.endsWith('.html'))
                        continue;
                    const relative = path.relative(path.join(temp, 'out'), line);
                    const slug = slugs.find(s => relative.includes(`/${s}/`) ||
                                                 relative.endsWith(`/${s}.html`));
                    if (!slug)
                        fail(`spill export wrote ${line}, which is no story's page`);
                    pages.push({theme, format, slug, relative});
                }
            }
        }
        const wanted = themes.length * formats.length * slugs.length;
        if (pages.length !== wanted)
            fail(`expected ${wanted} exported pages, spill export wrote ${pages.length}`);

        fs.mkdirSync(shotsDir, {recursive: true});
        for (const old of fs.readdirSync(shotsDir).filter(name => name.endsWith('.png')))
            fs.rmSync(path.join(shotsDir, old));

        const server = await serve(path.join(temp, 'out'));
        const base = `http://127.0.0.1:${server.address().port}/`;
        // Debian's Chromium as it is installed; no browser is downloaded.
        // --no-sandbox: CI runs the tests as root, and Chromium refuses to
        // start its sandbox for root. The pages are Spill's own exports,
        // served from this machine only.
        const browser =
            await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']});
        const failures = [];
        let passed = 0;
        try {
            for (const page of pages) {
                for (const size of sizes) {
                    const context = await browser.newContext({viewport: size});
                    const tab = await context.newPage();
                    const backgrounds = {};
                    for (const scheme of schemes) {
                        const where = `${page.theme} ${page.format} ${size.width}px ${scheme} ` +
                            `${page.relative}`;
                        await tab.emulateMedia({colorScheme: scheme});
                        if (scheme === schemes[0])
                            await tab.goto(base + page.relative, {waitUntil: 'load'});
                        const result = await tab.evaluate(inspectPage, expected.get(page.slug));
                        backgrounds[scheme] = result.background;
                        if (scheme === 'dark' && backgrounds.dark === backgrounds.light) {
                            result.problems.push('dark mode leaves the body background at ' +
                                                 backgrounds.dark);
                        }
                        await tab.screenshot({
                            path: path.join(shotsDir, `${page.slug}-${page.theme}-${page.format}-` +
                                                          `${size.width}-${scheme}.png`),
                            fullPage: true,
                        });
                        for (const problem of result.problems)
                            failures.push(`${where}: ${problem}`);
                        if (result.problems.length === 0)
                            ++passed;
                    }
                    await context.close();
                }
            }
        } finally {
            await browser.close();
            server.close();
        }
        for (const failure of failures)
            console.error(`FAILED ${failure}`);
        const renders = pages.length * sizes.length * schemes.length;
        console.log(`screenshots: ${shotsDir}`);
        console.log(`${passed} passed, ${renders - passed} failed`);
        process.exitCode = failures.length === 0 ? 0 : 1;
    } finally {
        fs.rmSync(temp, {recursive: true, force: true});
    }
}

main().catch(error => {
    console.error(error instanceof TestFailure ? error.message : (error.stack ?? String(error)));
    process.exitCode = 1;
});
