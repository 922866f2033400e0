<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// The router of `php -S` for a test WordPress: picks this run's configuration
// (/etc/wordpress/config-<SPILL_WP_CONFIG>.php), serves uploaded files from
// the temporary content folder, and sends every other path that is not a
// file to index.php, as a web server's rewrite rules would (so /wp-json/
// works beside /?rest_route=).
$_SERVER['WORDPRESS_CONFIG'] = getenv('SPILL_WP_CONFIG');
$root = '/usr/share/wordpress';
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos($path, '..') !== false) {
    http_response_code(400);
    return true;
}

$content = getenv('SPILL_WP_CONTENT');
if (strncmp($path, '/wp-content/uploads/', 20) === 0) {
    $file = $content . substr($path, strlen('/wp-content'));
    if (!is_file($file)) {
        http_response_code(404);
        return true;
    }
    header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

$file = $root . $path;
if (is_dir($file))
    $file = rtrim($file, '/') . '/index.php';
if (is_file($file) && substr($file, -4) !== '.php')
    return false; // a static file of WordPress itself
if (!is_file($file))
    $file = $root . '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen($root));
chdir(dirname($file));
require $file;
