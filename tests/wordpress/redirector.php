<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// The router of a second `php -S` for the redirect tests. Every request is
// logged to $SPILL_REDIRECT_LOG as one line of JSON (method, host, path,
// Authorization header), then answered by its first path segment:
//
//   /same/  the home page names /same/wp-json/ as the REST API; an address
//           under /same/wp-json/ answers 301 (GET) or 307 (any other
//           method) with the same address without /same, on this server
//   /away/  the home page and the API's index as /same; any other address
//           under /away/wp-json/ answers 307 to the same route on
//           $SPILL_REDIRECT_AWAY (scheme, host and port of another server)
//   /loop/  the home page and the API's index as /same; any other address
//           answers 302 between /loop/a/ and /loop/b/ for ever
//
// Any other path is the test WordPress (router.php; SPILL_WP_CONFIG and
// SPILL_WP_CONTENT as for the fixture's server), so /wp-json/ works here.
$headers = function_exists('getallheaders') ? getallheaders() : [];
$authorization = '';
foreach ($headers as $name => $value) {
    if (strcasecmp($name, 'Authorization') === 0)
        $authorization = $value;
}
$uri = $_SERVER['REQUEST_URI'];
file_put_contents(getenv('SPILL_REDIRECT_LOG'),
                  json_encode(['method' => $_SERVER['REQUEST_METHOD'],
                               'host' => $_SERVER['HTTP_HOST'] ?? '',
                               'uri' => $uri,
                               'authorization' => $authorization]) . "\n",
                  FILE_APPEND | LOCK_EX);

$path = parse_url($uri, PHP_URL_PATH) ?? '/';
$query = parse_url($uri, PHP_URL_QUERY);
$query = $query === null ? '' : '?' . $query;
$self = 'http://' . $_SERVER['HTTP_HOST'];

if (!preg_match('#^/(same|away|loop)(/.*)?$#', $path, $match)) {
    require __DIR__ . '/router.php';
    return true;
}
$prefix = $match[1];
$rest = $match[2] ?? '/';

function redirect_to(int $status, string $location): bool
{
    http_response_code($status);
    header('Location: ' . $location);
    header('Content-Type: text/plain');
    echo "Moved to $location\n";
    return true;
}

// The home page: names its API, as WordPress's Link header does.
if ($rest === '/') {
    header('Link: <' . $self . '/' . $prefix . '/wp-json/>; rel="https://api.w.org/"');
    header('Content-Type: text/html; charset=utf-8');
    echo "<html><body>A blog that moved</body></html>\n";
    return true;
}

if ($prefix === 'loop' && preg_match('#^/(a|b)(/wp-json/.*)$#', $rest, $hop))
    return redirect_to(302, $self . '/loop/' . ($hop[1] === 'a' ? 'b' : 'a') . $hop[2] . $query);

if (strncmp($rest, '/wp-json/', 9) !== 0) {
    http_response_code(404);
    return true;
}
// The API's index is found on this server for every prefix.
if ($prefix === 'same' || ($rest === '/wp-json/' && $query === ''))
    return redirect_to($_SERVER['REQUEST_METHOD'] === 'GET' ? 301 : 307, $self . $rest . $query);
if ($prefix === 'away')
    return redirect_to(307, getenv('SPILL_REDIRECT_AWAY') . $rest . $query);
return redirect_to(302, $self . '/loop/a' . $rest . $query);
