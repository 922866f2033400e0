<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// A must-use plugin of the test WordPress only: switches the tests turn on
// by writing files into <content>/switches/, to make the site fail the ways
// real sites do.
$spill_switches = WP_CONTENT_DIR . '/switches/';

// rest-disabled: the REST API refuses everyone, as security plugins do.
if (file_exists($spill_switches . 'rest-disabled')) {
    add_filter('rest_authentication_errors', function () {
        return new WP_Error('rest_disabled', 'The REST API is disabled on this site.',
                            ['status' => 403]);
    });
}

// upload-limit: uploads over this many bytes get 413, as a web server's
// body size limit gives.
if (file_exists($spill_switches . 'upload-limit')) {
    $limit = (int) file_get_contents($spill_switches . 'upload-limit');
    add_filter('rest_pre_dispatch', function ($result, $server, $request) use ($limit) {
        if ($request->get_method() === 'POST' && $request->get_route() === '/wp/v2/media'
            && strlen($request->get_body()) > $limit) {
            return new WP_Error('too_large', 'Request Entity Too Large', ['status' => 413]);
        }
        return $result;
    }, 10, 3);
}

// plain-permalinks: no pretty links, so the API is only at ?rest_route=.
if (file_exists($spill_switches . 'plain-permalinks')) {
    add_filter('pre_option_permalink_structure', function () { return ''; });
}

// slow-uploads: each media upload waits this many seconds before its
// answer, so a test can stop the server or cancel meanwhile.
if (file_exists($spill_switches . 'slow-uploads')) {
    $delay = (int) file_get_contents($spill_switches . 'slow-uploads');
    add_filter('rest_pre_dispatch', function ($result, $server, $request) use ($delay) {
        if ($request->get_method() === 'POST' && $request->get_route() === '/wp/v2/media')
            sleep($delay);
        return $result;
    }, 5, 3);
}

// rest-blocked: the API's addresses answer with a plain 404 page, as a web
// server's rule that blocks /wp-json/ does; the site's pages still answer.
if (file_exists($spill_switches . 'rest-blocked')) {
    add_action('parse_request', function ($wp) {
        if (!empty($wp->query_vars['rest_route'])) {
            status_header(404);
            header('Content-Type: text/html; charset=utf-8');
            echo "<html><body><h1>Not Found</h1></body></html>\n";
            exit;
        }
    }, 0);
}

// lose-post-reply: a new post is made, then its reply breaks off halfway,
// as when the connection or a proxy gives out after WordPress did the work.
if (file_exists($spill_switches . 'lose-post-reply')) {
    add_filter('rest_post_dispatch', function ($response, $server, $request) {
        if ($request->get_method() === 'POST' && $request->get_route() === '/wp/v2/posts') {
            status_header(200);
            header('Content-Type: application/json; charset=UTF-8');
            echo '{"id":';
            exit;
        }
        return $response;
    }, 10, 3);
}
